package org.sayer.io.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.sayer.model.Document;

/**
 * News pages: the article's headline and its paragraphs, one per line. Navigation, scripts, forms,
 * comments and boilerplate blocks (menus, share bars, related links, cookie notices) are dropped, and
 * the main content block is the element whose own paragraphs hold the most text, so a page without
 * an {@code <article>} still yields its story and not its sidebars.
 */
public final class HtmlImporter {

    private static final String BOILERPLATE = "(?i).*\\b(nav|navbar|menu|footer|sidebar|comments?|share|sharing|social|related"
            + "|promo|advert|ads|ad-slot|cookie|newsletter|breadcrumbs?|subscribe|masthead)\\b.*";

    private HtmlImporter() {
    }

    public static Document fromHtml(String id, String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        page.select("script, style, noscript, nav, header:not(article header), footer, aside, form, iframe, template, svg, button")
                .remove();
        // A block that holds the headline or the article is never boilerplate, whatever its class says.
        String keep = ":not(:has(h1)):not(:has(article))";
        page.select("[class~=" + BOILERPLATE + "]" + keep + ", [id~=" + BOILERPLATE + "]" + keep + ", [role=navigation], [aria-hidden=true]")
                .remove();
        Element main = mainBlock(page);
        String title = headline(page, main);
        StringBuilder text = new StringBuilder(title);
        Set<Element> taken = new HashSet<>();
        for (Element block : main.select("p, h2, h3, h4, li, blockquote, pre")) {
            if (block.parents().stream().anyMatch(taken::contains)) {
                continue;
            }
            taken.add(block);
            String line = block.text().strip();
            if (!line.isEmpty() && !line.equals(title)) {
                text.append('\n').append(line);
            }
        }
        Document document = TextImporter.fromText(id, text.toString());
        document.setTitle(title);
        return document;
    }

    /** The element whose paragraphs carry the most text: each paragraph scores for its parent, half for the grandparent. */
    private static Element mainBlock(org.jsoup.nodes.Document page) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element paragraph : page.body().select("p")) {
            int length = paragraph.text().strip().length();
            if (length < 20) {
                continue;
            }
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, (double) length, Double::sum);
                if (parent.parent() != null && parent.parent() != page.body()) {
                    scores.merge(parent.parent(), length / 2.0, Double::sum);
                }
            }
        }
        Element best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (best == null) {
            Element article = page.selectFirst("article, main, [role=main]");
            return article != null ? article : page.body();
        }
        Element article = best.closest("article");
        return article != null ? article : best;
    }

    private static String headline(org.jsoup.nodes.Document page, Element main) {
        Element h1 = main.selectFirst("h1");
        if (h1 == null) {
            h1 = page.body().selectFirst("h1");
        }
        if (h1 != null && !h1.text().isBlank()) {
            String title = h1.text().strip();
            h1.remove();
            return title;
        }
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        return page.title().strip();
    }
}
