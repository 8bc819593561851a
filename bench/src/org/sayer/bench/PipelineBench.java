package org.sayer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.util.ProcessTrace;
import org.apache.uima.util.ProcessTraceEvent;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.model.SayerFactory;
import org.sayer.pipeline.Annotator;
import org.sayer.pipeline.Pipelines;
import org.sayer.pipeline.types.SayerTypes;

/**
 * The full pre-annotation pipeline on one thread, over real news (the texts of a gold JSONL file,
 * taken in turn until ARTICLES are annotated) or over synthetic news articles of about 800 words
 * with quotes in several styles:
 *
 * <pre>bench/run.sh PipelineBench [GOLD.jsonl] [ARTICLES]
 * bench/run.sh PipelineBench bundles/org.sayer.pipeline.tests/data/realnews/realnews-train.jsonl 1000</pre>
 *
 * Prints the engine start-up time, articles/s and tokens/s (wall clock and per CPU-second of the
 * annotating thread, which is the per-core figure when the machine is shared), the time each
 * engine takes, and heap use.
 */
public final class PipelineBench {

    private PipelineBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean real = args.length > 0 && args[0].endsWith(".jsonl");
        int count = args.length > (real ? 1 : 0) ? Integer.parseInt(args[real ? 1 : 0]) : 300;
        List<String> articles = real ? texts(java.nio.file.Path.of(args[0]), count) : new NewsGenerator(20261128L).articles(count);
        System.out.println(real ? "real news: the texts of " + args[0] + ", in turn" : "synthetic news");
        long words = articles.stream().mapToLong(a -> a.split("\\s+").length).sum();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        long startNanos = System.nanoTime();
        Annotator annotator = Annotator.create();
        double startupMs = (System.nanoTime() - startNanos) / 1e6;
        double heapAfterStartup = BenchSupport.usedHeapMb();

        Corpus corpus = SayerFactory.eINSTANCE.createCorpus();
        for (int i = 0; i < Math.min(50, count); i++) {
            annotator.annotate(document(articles.get(i)), corpus); // warm-up: JIT, caches
        }
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        long claims = 0;
        for (String text : articles) {
            Document document = document(text);
            annotator.annotate(document, corpus);
            claims += document.getAnnotations().stream().filter(org.sayer.model.Claim.class::isInstance).count();
        }
        double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        annotator.close();

        Map<String, Double> engineMs = new LinkedHashMap<>();
        long tokens = engineBreakdown(articles, engineMs);

        System.out.printf("PipelineBench: %d articles, %d words (%.0f per article), %d tokens, %d claims found%n",
                count, words, (double) words / count, tokens, claims);
        BenchSupport.report("engine start-up (Annotator.create, cold)", startupMs, "ms", "<= 2000 ms");
        BenchSupport.report("articles/s, wall clock, 1 thread", count / wallSeconds, "art/s", ">= 100 per core");
        BenchSupport.report("articles/s per CPU-second of the thread", count / cpuSeconds, "art/s", ">= 100 per core");
        BenchSupport.report("tokens/s, wall clock", tokens / wallSeconds, "tok/s", null);
        BenchSupport.report("tokens/s per CPU-second", tokens / cpuSeconds, "tok/s", null);
        double total = engineMs.values().stream().mapToDouble(Double::doubleValue).sum();
        for (Map.Entry<String, Double> e : engineMs.entrySet()) {
            BenchSupport.report("  share of engine time: " + e.getKey(), 100 * e.getValue() / total, "%", null);
        }
        BenchSupport.report("heap in use after start-up", heapAfterStartup, "MB", null);
        BenchSupport.report("peak heap", BenchSupport.peakHeapMb(), "MB", "max " + BenchSupport.maxHeapMb() + " MB");
    }

    /** {@code count} texts of a JSONL file's documents, taken in turn. */
    private static List<String> texts(java.nio.file.Path jsonl, int count) throws java.io.IOException {
        List<String> texts = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(jsonl)) {
            if (!line.isBlank()) {
                texts.add(com.google.gson.JsonParser.parseString(line).getAsJsonObject().get("text").getAsString());
            }
        }
        List<String> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(texts.get(i % texts.size()));
        }
        return articles;
    }

    private static Document document(String text) {
        Document document = SayerFactory.eINSTANCE.createDocument();
        document.setText(text);
        return document;
    }

    /** Runs the aggregate directly once over every article to time each engine and count tokens. */
    private static long engineBreakdown(List<String> articles, Map<String, Double> engineMs) throws Exception {
        ResourceManager manager = Pipelines.resourceManager();
        AnalysisEngine engine = Pipelines.createEngine(manager);
        CAS cas = Pipelines.createCas(manager);
        long tokens = 0;
        for (String text : articles) {
            cas.reset();
            cas.setDocumentText(text);
            ProcessTrace trace = engine.process(cas);
            tokens += cas.getAnnotationIndex(cas.getTypeSystem().getType(SayerTypes.TOKEN)).size();
            for (ProcessTraceEvent event : trace.getEvents()) {
                addLeaves(event, engineMs);
            }
        }
        engine.destroy();
        return tokens;
    }

    /** Times Sayer's engines wherever they sit in the trace: the candidate stage is an aggregate of its own. */
    private static void addLeaves(ProcessTraceEvent event, Map<String, Double> engineMs) {
        for (ProcessTraceEvent sub : event.getSubEvents()) {
            if (sub.getComponentName() != null && sub.getComponentName().startsWith("org.sayer.")) {
                engineMs.merge(shortName(sub.getComponentName()), (double) sub.getDuration(), Double::sum);
            } else {
                addLeaves(sub, engineMs);
            }
        }
    }

    private static String shortName(String component) {
        int dot = component.lastIndexOf('.');
        return dot >= 0 ? component.substring(dot + 1) : component;
    }

    /** Varied synthetic news text: several outlets' quote styles, speakers, cues and topics. */
    static final class NewsGenerator {

        private static final String[] FIRST = { "Anna", "Tom", "Maria", "James", "Lena", "Omar", "Priya", "Daniel",
                "Sofia", "Ken", "Helen", "Marcus", "Yuki", "Carlos", "Grace", "Ivan" };
        private static final String[] LAST = { "Berg", "Hale", "Kowalski", "Ortega", "Nair", "Brooks", "Chen", "Moore",
                "Almeida", "Pruitt", "Price", "Lee", "Tanaka", "Silva", "Okafor", "Petrov" };
        private static final String[] ROLES = { "Finance Minister", "chief executive", "coach", "Judge",
                "Health Secretary", "spokeswoman", "lead author", "union leader", "Mayor", "chief economist" };
        private static final String[] ORGS = { "the Ministry of Finance", "Harbor Bank", "the Environment Agency",
                "Northern Steel", "the European Commission", "Riverside United", "the State Department", "Veritas Labs" };
        private static final String[] CUES = { "said", "told reporters", "warned", "added", "insisted", "stressed",
                "confirmed", "announced", "argued", "noted" };
        private static final String[] CLAUSES = { "the budget would be balanced by next year",
                "talks with the union would continue next week", "the results were robust but not surprising",
                "the club had full confidence in its manager", "prices would keep rising until the summer",
                "the court had no choice but to delay the trial", "the plant would close by March",
                "the new rules would protect consumers", "nobody had expected such a strong quarter",
                "the investigation was still at an early stage" };
        private static final String[] QUOTES = { "We are not happy with these numbers", "This is a fight we intend to win",
                "Nobody gave us a chance, and we proved everyone wrong", "The data leave no room for doubt",
                "We will not stand by while jobs are lost", "It is too early to say what comes next",
                "Every family in this town will feel the difference", "We have done everything the law requires" };
        private static final String[] NARRATIVE = { "Shares fell 4% in early trading on Monday.",
                "The decision comes after months of negotiations between the two sides.",
                "Analysts had expected a smaller drop in revenue for the quarter.",
                "The match was played in front of a crowd of more than 40,000.",
                "Heavy rain is forecast for the rest of the week across the region.",
                "The study followed 12,000 patients over a period of ten years.",
                "The company employs about 3,000 people at its plant in the north.",
                "Lawmakers are expected to vote on the bill before the end of the month." };
        private static final String[][] MARKS = { { "\"", "\"" }, { "\u201C", "\u201D" }, { "'", "'" },
                { "\u00AB ", " \u00BB" } };

        private final Random random;

        NewsGenerator(long seed) {
            random = new Random(seed);
        }

        List<String> articles(int count) {
            List<String> articles = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                articles.add(article());
            }
            return articles;
        }

        private String pick(String[] words) {
            return words[random.nextInt(words.length)];
        }

        private String article() {
            String[] marks = MARKS[random.nextInt(MARKS.length)];
            String name = pick(FIRST) + " " + pick(LAST);
            String surname = name.substring(name.indexOf(' ') + 1);
            String other = pick(FIRST) + " " + pick(LAST);
            StringBuilder text = new StringBuilder();
            text.append(surname).append(": ").append(capitalise(pick(CLAUSES))).append('\n');
            int words = 0;
            while (words < 800) {
                String paragraph = switch (random.nextInt(8)) {
                    case 0 -> pick(ROLES) + " " + name + " " + pick(CUES) + " that " + pick(CLAUSES) + ".";
                    case 1 -> marks[0] + pick(QUOTES) + "," + marks[1] + " " + surname + " " + pick(CUES) + ". "
                            + marks[0] + pick(QUOTES) + "." + marks[1];
                    case 2 -> "According to " + pick(ORGS) + ", " + pick(CLAUSES) + ".";
                    case 3 -> capitalise(pick(ORGS)) + " said in a statement that " + pick(CLAUSES) + ", adding: "
                            + marks[0] + pick(QUOTES) + "." + marks[1];
                    case 4 -> other + ", a " + pick(ROLES).toLowerCase() + ", said " + pick(CLAUSES) + ". He also warned that "
                            + pick(CLAUSES) + ".";
                    case 5 -> capitalise(pick(CLAUSES)) + ", " + surname + " " + pick(CUES) + " on Tuesday.";
                    case 6 -> "She " + pick(CUES) + " the plan was " + marks[0] + "a mistake" + marks[1] + " and said "
                            + pick(CLAUSES) + ".";
                    default -> pick(NARRATIVE) + " " + pick(NARRATIVE);
                };
                text.append(paragraph).append('\n');
                words += paragraph.split("\\s+").length;
            }
            return text.toString();
        }

        private static String capitalise(String s) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
