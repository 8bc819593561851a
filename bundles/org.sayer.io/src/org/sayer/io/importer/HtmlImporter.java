package org.sayer.io.importer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.sayer.model.Document;

/**
 * News pages: the article's title and its paragraphs, one per line, without navigation, scripts,
 * forms or comments.
 */
public final class HtmlImporter {

    private HtmlImporter() {
    }

    public static Document fromHtml(String id, String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        page.select("script, style, noscript, nav, header, footer, aside, form, iframe, template").remove();
        Element body = page.selectFirst("article");
        if (body == null) {
            body = page.body();
        }
        String title = headline(page, body);
        StringBuilder text = new StringBuilder(title);
        Elements paragraphs = body.select("p, h2, h3, blockquote > p, li");
        for (Element paragraph : paragraphs) {
            String line = paragraph.text().strip();
            if (!line.isEmpty() && !(paragraph.tagName().equals("li") && paragraph.closest("article") == null)) {
                text.append('\n').append(line);
            }
        }
        Document document = TextImporter.fromText(id, text.toString());
        document.setTitle(title);
        return document;
    }

    private static String headline(org.jsoup.nodes.Document page, Element body) {
        Element h1 = body.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            h1.remove();
            return h1.text().strip();
        }
        return page.title().strip();
    }
}
