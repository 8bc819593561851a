package org.sayer.cli.tests.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.cli.SayerCli;
import org.sayer.cli.tests.CliRun;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Document;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.store.CorpusStore;

class AgreeCommandTest {

    private static final String DOCUMENT = "{\"id\": \"d\", \"text\": \"Lavrov said talks would go on. Baerbock said no.\","
            + " \"entities\": [{\"id\": \"l\", \"name\": \"Sergey Lavrov\", \"type\": \"PERSON\"},"
            + " {\"id\": \"b\", \"name\": \"Annalena Baerbock\", \"type\": \"PERSON\"}],"
            + " \"mentions\": [{\"id\": \"m1\", \"span\": [0, 6], \"entity\": \"l\"}, {\"id\": \"m2\", \"span\": [31, 39], \"entity\": \"b\"}],"
            + " \"attributions\": [{\"id\": \"a1\", \"type\": \"INDIRECT\", \"source\": \"m1\", \"cue\": [7, 11], \"content\": [12, 29], \"parent\": null},"
            + " {\"id\": \"a2\", \"type\": \"INDIRECT\", \"source\": \"m2\", \"cue\": [40, 44], \"content\": [45, 47], \"parent\": null}]}\n";
    private static final String OTHER = "{\"id\": \"e\", \"text\": \"Price said so.\", \"entities\": [], \"mentions\": [], \"attributions\": []}\n";

    @TempDir
    Path folder;

    private final CliRun cli = new CliRun();

    private Path corpus(String name, String jsonl) throws Exception {
        Path input = Files.writeString(folder.resolve(name + ".jsonl"), jsonl);
        Path corpus = folder.resolve(name);
        assertEquals(SayerCli.OK, cli.run("import", input.toString(), "--out", corpus.toString()), cli.err());
        return corpus;
    }

    @Test
    void twoCorporaArePairedByIdAndATypeChangeShowsInTheTypeRow() throws Exception {
        Path a = corpus("anna", DOCUMENT + OTHER);
        Path b = corpus("ben", DOCUMENT);
        try (CorpusStore store = CorpusStore.open(b)) {
            Document document = store.load(store.entryFor("d"));
            Claim second = (Claim) document.getAnnotations().stream().filter(x -> x instanceof Claim c && c.getBegin() == 45)
                    .findFirst().orElseThrow();
            second.setType(ClaimType.DIRECT);
            // a pending suggestion is no one's decision: it does not count
            Claim suggestion = SayerFactory.eINSTANCE.createClaim();
            suggestion.setId("s1");
            suggestion.setType(ClaimType.DIRECT);
            suggestion.setBegin(0);
            suggestion.setEnd(29);
            suggestion.setOrigin(Origin.AUTOMATIC);
            suggestion.setReview(ReviewState.PENDING);
            document.getAnnotations().add(suggestion);
            store.save(document);
        }
        assertEquals(SayerCli.OK, cli.run("agree", a.toString(), b.toString(), "--json"), cli.err());
        JsonObject report = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("[\"anna\",\"ben\"]", report.get("annotators").toString());
        assertEquals(1, report.getAsJsonObject("documents").get("compared").getAsInt());
        assertEquals("e", report.getAsJsonObject("documents").getAsJsonArray("missing").get(0).getAsJsonObject().get("id").getAsString());
        JsonObject pair = report.getAsJsonObject("corpus").getAsJsonObject("attributions").getAsJsonObject("anna / ben");
        assertEquals(2, pair.get("first").getAsInt());
        assertEquals(2, pair.get("second").getAsInt(), "the pending suggestion is left out");
        assertEquals(1.0, pair.getAsJsonObject("f1").get("attribution").getAsDouble(), 1e-12);
        assertEquals(1.0, pair.getAsJsonObject("f1").get("speaker").getAsDouble(), 1e-12);
        assertEquals(0.5, pair.getAsJsonObject("f1").get("type").getAsDouble(), 1e-12);
        assertEquals(1, pair.getAsJsonObject("type_confusion").getAsJsonObject("INDIRECT").get("DIRECT").getAsInt());
        JsonObject alpha = report.getAsJsonObject("corpus").getAsJsonObject("alpha_u");
        assertEquals(1.0, alpha.get("speaker mention").getAsDouble(), 1e-12);
        assertTrue(alpha.get("claim INDIRECT").getAsDouble() < 1.0);
        assertTrue(report.getAsJsonObject("corpus").getAsJsonObject("kappa").get("claim").getAsDouble() < 1.0);

        assertEquals(SayerCli.OK, cli.run("agree", a.toString(), b.toString()), cli.err());
        assertTrue(cli.out().contains("Cohen's kappa on token labels"), cli.out());
        assertTrue(cli.out().contains("missing e from ben"), cli.out());
    }

    @Test
    void goldJsonlFilesAndThreeAnnotatorsWork() throws Exception {
        Path a = Files.writeString(folder.resolve("a.jsonl"), DOCUMENT);
        Path b = Files.writeString(folder.resolve("b.jsonl"), DOCUMENT);
        Path c = Files.writeString(folder.resolve("c.jsonl"), DOCUMENT.replace("\"cue\": [40, 44]", "\"cue\": null"));
        assertEquals(SayerCli.OK, cli.run("agree", a.toString(), b.toString(), c.toString(), "--json"), cli.err());
        JsonObject corpus = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonObject("corpus");
        assertEquals(1.0, corpus.getAsJsonObject("attributions").getAsJsonObject("a / b").getAsJsonObject("f1").get("cue").getAsDouble());
        assertEquals(0.5, corpus.getAsJsonObject("attributions").getAsJsonObject("a / c").getAsJsonObject("f1").get("cue").getAsDouble());
        assertEquals((1.0 + 0.5 + 0.5) / 3, corpus.getAsJsonObject("attributions_mean_f1").get("cue").getAsDouble(), 1e-12);
        assertEquals("Fleiss", JsonParser.parseString(cli.out()).getAsJsonObject().get("kappa").getAsString());
    }

    @Test
    void aFolderThatIsNoCorpusAndTooFewInputsAreSaidSo() throws Exception {
        Path a = Files.writeString(folder.resolve("a.jsonl"), DOCUMENT);
        Path empty = Files.createDirectories(folder.resolve("empty"));
        assertEquals(SayerCli.FAILED, cli.run("agree", a.toString(), empty.toString()));
        assertTrue(cli.err().contains("empty: not a Sayer corpus"), cli.err());
        assertEquals(SayerCli.USAGE, cli.run("agree", a.toString()));
    }
}
