package org.sayer.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.sayer.model.Annotation;
import org.sayer.model.Claim;
import org.sayer.model.ClaimType;
import org.sayer.model.Cue;
import org.sayer.model.Corpus;
import org.sayer.model.Document;
import org.sayer.model.MentionKind;
import org.sayer.model.Origin;
import org.sayer.model.ReviewState;
import org.sayer.model.SayerFactory;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.SpeakerType;
import org.sayer.model.WorkflowState;
import org.sayer.model.speakers.UnresolvedSpeakers;
import org.sayer.model.validation.Validation;
import org.sayer.pipeline.Annotator;
import org.sayer.pipeline.ModelToCas;
import org.sayer.pipeline.Pipelines;
import org.sayer.pipeline.engines.AttributionEngine;
import org.sayer.pipeline.engines.CueLexicon;
import org.sayer.pipeline.types.SayerTypes;

/** The Annotator end to end on small texts: patterns, coreference and the mapping into the model. */
class AnnotatorTest {

    private static Annotator annotator;

    @BeforeAll
    static void start() throws Exception {
        annotator = Annotator.candidatesOnly(); // the rules' candidates, before the model scores them
    }

    @AfterAll
    static void stop() {
        annotator.close();
    }

    private static Document document(String text) {
        Document document = SayerFactory.eINSTANCE.createDocument();
        document.setId("t");
        document.setText(text);
        return document;
    }

    /** The rules' candidates, without the rival sources the model chooses among (RivalBoundariesTest has those). */
    private static List<Claim> claims(Document document) {
        return document.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
                .filter(c -> !AttributionEngine.RIVAL_SOURCE_PRODUCER.equals(c.getProducer())).toList();
    }

    private static Claim claimWithContent(Document document, String content) {
        return claims(document).stream().filter(c -> c.getCoveredText().equals(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim '" + content + "' among "
                        + claims(document).stream().map(Annotation::getCoveredText).toList()));
    }

    /** How many claims the rules propose, counting rival boundaries of one claim (one cue, one start) once. */
    private static long proposals(Document document) {
        return claims(document).stream().map(c -> List.of(c.getCue() == null ? -1 : c.getCue().getBegin(), c.getBegin())).distinct().count();
    }

    /** The name of the speaker the claim with this content resolves to. */
    private static String speakerOf(Document document, String content) {
        return claimWithContent(document, content).getSource().getSpeaker().getName();
    }

    private static Document annotate(String text, Corpus corpus) throws Exception {
        Document document = document(text);
        annotator.annotate(document, corpus);
        return document;
    }

    @Test
    void suggestionsArePendingAutomaticWithProducerAndConfidence() throws Exception {
        Corpus corpus = SayerFactory.eINSTANCE.createCorpus();
        Document document = annotate("Finance Minister Jane Doe said that the budget would be balanced.", corpus);
        Claim claim = claimWithContent(document, "the budget would be balanced");
        assertEquals(ClaimType.INDIRECT, claim.getType());
        assertEquals("said", claim.getCue().getCoveredText());
        assertEquals("Finance Minister Jane Doe", claim.getSource().getCoveredText());
        assertEquals("Jane Doe", claim.getSource().getSpeaker().getName());
        for (Annotation a : document.getAnnotations()) {
            assertEquals(Origin.AUTOMATIC, a.getOrigin());
            assertEquals(ReviewState.PENDING, a.getReview());
            assertTrue(a.getProducer().startsWith("sayer."), a.getProducer());
            assertTrue(a.getConfidence() > 0 && a.getConfidence() <= 1);
        }
        assertEquals(WorkflowState.PRE_ANNOTATED, document.getState());
        assertTrue(corpus.getSpeakers().contains(claim.getSource().getSpeaker()));
        assertTrue(document.getSpeakers().contains(claim.getSource().getSpeaker()));
    }

    @Test
    void quoteBeforeSourceAndCueIsDirect() throws Exception {
        Document document = annotate("\u201CWe will not raise taxes,\u201D Doe told reporters. \u201CNever.\u201D", null);
        Claim claim = claimWithContent(document, "We will not raise taxes,");
        assertEquals(ClaimType.DIRECT, claim.getType());
        assertEquals("told", claim.getCue().getCoveredText());
        Claim continued = claimWithContent(document, "Never.");
        assertNull(continued.getCue(), "a continued quote has no cue");
        assertSame(claim.getSource(), continued.getSource(), "a continued quote keeps its speaker");
    }

    @Test
    void accordingToAndParticipialCues() throws Exception {
        Document document = annotate("According to the ministry, exports fell by 4%.\n"
                + "Jane Doe said the figures were weak, adding that a recovery was near.", null);
        assertEquals("the ministry", claimWithContent(document, "exports fell by 4%").getSource().getCoveredText());
        Claim adding = claimWithContent(document, "a recovery was near");
        assertEquals("adding", adding.getCue().getCoveredText());
        assertEquals("Jane Doe", adding.getSource().getSpeaker().getName());
        assertEquals("the figures were weak", claimWithContent(document, "the figures were weak").getCoveredText());
    }

    @Test
    void nestedAttributionGetsItsParent() throws Exception {
        Document document = annotate("Spokesperson Ned Price said Blinken stressed the importance of talks.", null);
        Claim outer = claimWithContent(document, "Blinken stressed the importance of talks");
        Claim inner = claimWithContent(document, "the importance of talks");
        assertSame(outer, inner.getParent());
        assertNull(outer.getParent());
    }

    @Test
    void speechReportedInsideAQuotationIsNestedButTheSpeakersOwnAttitudeIsNot() throws Exception {
        Document document = annotate("Alan Kelly spoke after the vote.\n"
                + "\u201CHe claimed that our budget didn't mention western Sydney,\u201D Kelly said.\n"
                + "\u201CThe union is angry. It says our processes are too slow. I think that is fair,\u201D Kelly said.", null);
        Claim outer = claimWithContent(document, "He claimed that our budget didn't mention western Sydney,");
        Claim inner = claimWithContent(document, "our budget didn't mention western Sydney");
        assertEquals("claimed", inner.getCue().getCoveredText());
        assertSame(outer, inner.getParent());
        Claim union = claimWithContent(document, "our processes are too slow");
        assertSame(claimWithContent(document, "The union is angry. It says our processes are too slow. I think that is fair,"),
                union.getParent());
        assertEquals(2, claims(document).stream().filter(c -> c.getParent() != null).count(), "\"I think\" is no nested claim");
    }

    @Test
    void aReportInsideAQuotationEndsWithItAndLeavesTheQuotationItsOwnClaim() throws Exception {
        Document document = annotate("Senator Ann Zubiri said the dinner went well.\n"
                + "\u201CHe asked us to support him. I said no.\u201D\n"
                + "\u201CShe told me the plan was dead,\u201D Zubiri said.", null);
        Claim asked = claimWithContent(document, "us to support him");
        assertEquals("He", asked.getSource().getCoveredText());
        assertSame(claimWithContent(document, "He asked us to support him. I said no."), asked.getParent(),
                "the quotation is still the senator's, continued from the paragraph before");
        Claim told = claimWithContent(document, "the plan was dead");
        assertEquals("told", told.getCue().getCoveredText(), "the content stops at the closing mark, before \"Zubiri said\"");
        assertSame(claimWithContent(document, "She told me the plan was dead,"), told.getParent());
    }

    @Test
    void aSentenceOpeningNameTheTaggerCallsAnAdjectiveIsTheNameTheDocumentGaveBefore() throws Exception {
        Document document = annotate("Defence lawyer Rian Greyling spoke after the hearing.\n"
                + "Greyling submitted that one officer stepped on his hands.", null); // "Greyling/ADJ submitted"
        assertEquals("Greyling", claimWithContent(document, "one officer stepped on his hands").getSource().getCoveredText());
        assertEquals("Rian Greyling", speakerOf(document, "one officer stepped on his hands"));
    }

    @Test
    void aNameTheTaggerMistakesRightBeforeItsCueSpeaks() throws Exception {
        // Sowerby/ADV, Fently/ADV, Burrowing/VERB: names met only at a sentence's start, which the tagger misreads
        Document document = annotate("Ferry fees rise\n"
                + "Sowerby told the council the ferry would stop in May. Fently said the fees were too high.\n"
                + "Burrowing said the port needed money.", null);
        assertEquals("Sowerby", speakerOf(document, "the ferry would stop in May"));
        assertEquals("Fently", speakerOf(document, "the fees were too high"));
        assertEquals("Burrowing", speakerOf(document, "the port needed money"));
    }

    @Test
    void aWhWordBeforeItsCueIsNoName() throws Exception {
        // "When/ADV asked": the wh-word opens a clause of its own, so "he" goes back to the coach
        Document document = annotate("Marsh keeps faith in striker\n"
                + "Coach Ivo Marsh spoke after the loss.\n"
                + "When asked about the injury he said the player would be back soon.", null);
        assertEquals("Ivo Marsh", speakerOf(document, "the player would be back soon"));
    }

    @Test
    void whoIsAskedAnswersNotWhomTheQuestionWasAbout() throws Exception {
        Document document = annotate("Marsh keeps faith in striker\n"
                + "Coach Ivo Marsh spoke after the loss.\n"
                + "When asked about the striker he said the player was injured.", null);
        assertEquals("Ivo Marsh", speakerOf(document, "the player was injured"));
    }

    @Test
    void aParticipleAfterASubordinatorIsTheMainClausesSubjects() throws Exception {
        Document document = annotate("Water safe, says mayor\n"
                + "While urging residents to stay calm, Mayor Ana Ruiz said the water was safe.\n"
                + "The health board praised the nurses, while asking them to take more breaks.", null);
        assertEquals("Ana Ruiz", speakerOf(document, "residents to stay calm"));
        assertEquals("health board", speakerOf(document, "them to take more breaks"));
    }

    @Test
    void anInvertedNominalSpansThePhraseThatDescribesIt() throws Exception {
        Document document = annotate("Clinics full\n"
                + "\"We have no space left,\" said a doctor from Riverside Hospital.\n"
                + "The rule will hurt farmers, say lawyers from Baxter & Cole in a recent note.", null);
        assertEquals("a doctor from Riverside Hospital", claimWithContent(document, "We have no space left,").getSource().getCoveredText());
        assertEquals("lawyers from Baxter & Cole", claimWithContent(document, "The rule will hurt farmers").getSource().getCoveredText());
    }

    @Test
    void aTitleOfABodyAndTheNameInAppositionAfterItAreOneMention() throws Exception {
        Document document = annotate("Fans urged to stay\n"
                + "In the same vein, Captain of the Harbour Rovers, Tomas Reed, urged fans to stay loyal.", null);
        assertEquals("Tomas Reed", speakerOf(document, "fans to stay loyal"));
        assertEquals("Captain of the Harbour Rovers, Tomas Reed", claimWithContent(document, "fans to stay loyal").getSource().getCoveredText());
    }

    @Test
    void aRoleRightAfterANameWithNoCommaIsPartOfOneSubject() throws Exception {
        Document document = annotate("Firm to grow\n"
                + "Priya Nair the chief executive said the firm would hire again.\n"
                + "Tomas Okafor a resident says the road floods every spring.\n"
                + "The union told Ruth Kang the minister would resign.", null);
        assertEquals("Priya Nair", speakerOf(document, "the firm would hire again"));
        assertEquals("Tomas Okafor", speakerOf(document, "the road floods every spring"));
        assertEquals("union", speakerOf(document, "the minister would resign"), "the person told is no subject");
    }

    @Test
    void aNominalInAppositionDescribesTheNameBeforeIt() throws Exception {
        Document document = annotate("Hackers stole data from Brightnet.\n"
                + "Brightnet, an Australian telecommunications company owned by a Singapore group, said the hack was serious. "
                + "It also stated that it will contact the affected customers.\n"
                + "Mayor Ruth Kang, a local firm, and two farmers met on Monday. It said the road was safe.\n"
                + "Umoh, a taxi driver, said the road was flooded.", null);
        assertEquals("Umoh", speakerOf(document, "the road was flooded"));
        assertEquals("Brightnet", speakerOf(document, "it will contact the affected customers"));
        assertEquals("ORGANIZATION", claimWithContent(document, "it will contact the affected customers").getSource()
                .getSpeaker().getType().getName());
        assertEquals("local firm", speakerOf(document, "the road was safe"), "an item of a list is no apposition");
    }

    @Test
    void aPersonNamedByWhatHeIsInTheStoryIsAnAntecedent() throws Exception {
        Document document = annotate("Judge refuses to reopen the case\n"
                + "A man was arrested in Granard on Friday. The man was 15 at the time of the offence.\n"
                + "In his affidavit he claims he was never told of his rights.", null);
        assertEquals("man", speakerOf(document, "he was never told of his rights"), "not the judge of the headline");
    }

    @Test
    void aSubjectWithARelativeClauseBeforeTheCueIsTheSourceNotAContent() throws Exception {
        Document document = annotate("Farmers want the valley road back\n"
                + "Maria Okonjo, whose family has farmed the valley for decades, urged Governor Ali Bello to reopen the road.", null);
        assertEquals("Maria Okonjo", speakerOf(document, "Governor Ali Bello to reopen the road"));
    }

    @Test
    void aQuotationAfterTheCuesCommaIsWhatItReportsNotTheOpeningAdjunct() throws Exception {
        Document document = annotate("Bribes\n"
                + "When asked about the claims, Mayor Ann Roe said, “I have already spoken to the police.”", null);
        assertEquals("Mayor Ann Roe", claimWithContent(document, "I have already spoken to the police.").getSource().getCoveredText());
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().startsWith("When asked")),
                "the question put to her is no content of hers");
    }

    @Test
    void aSubjectWithAnAppositionBeforeTheCueIsTheSourceNotAContent() throws Exception {
        Document document = annotate("Pipeline approved\n"
                + "Jane Kleeb, the president of Bold Alliance and a leading activist in the state, criticized Premier Tom Roe for approving the pipeline.", null);
        assertEquals("Jane Kleeb", claimWithContent(document, "Premier Tom Roe for approving the pipeline").getSource().getCoveredText());
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().startsWith("Jane Kleeb")),
                "a name and its apposition are no content reported by the one after the cue");
    }

    @Test
    void aNameAfterAPrepositionAndAPossessiveDeterminerIsNoSubject() throws Exception {
        Document document = annotate("Radio row\nLater we heard Tom Hale on his Harbour Radio accusing the mayor of lying.", null);
        assertEquals("Tom Hale", speakerOf(document, "the mayor of lying"), "the radio he spoke on is no speaker");
    }

    @Test
    void aNameBeforeAnAppositionWithARelativeThatIsTheSource() throws Exception {
        Document document = annotate("Harbour plan\n"
                + "The Harbour Trust, a body that represents the port's shipowners, said the fees would rise in May.", null);
        assertEquals("Harbour Trust", speakerOf(document, "the fees would rise in May"));
    }

    @Test
    void aNameWithItsAffiliationAfterAQuotationIsItsSourceNotTheListener() throws Exception {
        Document document = annotate("Glaciers will shrink by half, study finds\n"
                + "\"Every tenth of a degree of warming matters,\" co-author Lena Brandt of the University of Graz told Reuters.", null);
        assertEquals("Lena Brandt", speakerOf(document, "Every tenth of a degree of warming matters,"));
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().equals("Reuters")), "the news agency told is no content");
    }

    @Test
    void aRelativeClauseOnTheObjectIsNoReportedClause() throws Exception {
        Document document = annotate("Traders march on county offices\n"
                + "Trouble started when the county officials cancelled a meeting that was scheduled to discuss the timetable.", null);
        assertEquals(0, claims(document).size(), "\"that was scheduled\" describes the meeting");
    }

    @Test
    void aWordTheTaggerCallsAPrepositionButIsNoneIsNot() throws Exception {
        Document document = annotate("Northwind to cut 300 jobs, says interim CEO\n"
                + "The plant in Leeds will close in May, the company said.", null);
        assertEquals("interim CEO", claimWithContent(document, "Northwind to cut 300 jobs").getSource().getCoveredText(),
                "\"interim/ADP\" cut the speaker's phrase short");
    }

    @Test
    void anObjectPronounAfterAccordingToIsTheSource() throws Exception {
        Document document = annotate("Mayor Dana Okafor opened the bridge on Monday.\n"
                + "According to her, the road will stay closed until May.", null);
        assertEquals("Dana Okafor", speakerOf(document, "the road will stay closed until May"));
    }

    @Test
    void aForecastWithANamedSubjectReportsItsObject() throws Exception {
        Document document = annotate("Northwind Airlines expects a rise in bookings this year.\n"
                + "Analysts at the bank predict a slowdown.\n"
                + "As expected, the council voted.", null);
        assertEquals("Northwind Airlines", speakerOf(document, "a rise in bookings"));
        assertEquals("expects", claimWithContent(document, "a rise in bookings").getCue().getCoveredText());
        claimWithContent(document, "a slowdown");
        assertEquals(2, proposals(document), "\"as expected\" forecasts nothing");
    }

    @Test
    void aCueTheTaggerMistakesForAnAdjectiveAfterASubjectPronounIsAVerb() throws Exception {
        Document document = annotate("Dr Ama Kaluwa spoke on Monday.\n"
                + "He observed gains made in cutting new infections have been modest.", null);
        assertEquals("observed", claimWithContent(document, "gains made in cutting new infections have been modest")
                .getCue().getCoveredText());
    }

    @Test
    void evidentialsReportNoClaim() throws Exception {
        Document document = annotate("A council report shows that bus delays rose by a third.\n"
                + "The footage showed that the driver was speeding, and tests indicate that the brakes failed.\n"
                + "The report found that the depot was short of drivers.", null);
        assertEquals(List.of("the depot was short of drivers"), claims(document).stream().map(Claim::getCoveredText).toList());
    }

    @Test
    void aSecondSayingJoinedByAndOrButIsItsOwnClaimNotANestedOne() throws Exception {
        Document document = annotate("Judge Ann Kelly said the claims were very serious and she said she had grave concerns.\n"
                + "Kelly said the fire was an accident but police said they had no evidence of that.", null);
        Claim serious = claimWithContent(document, "the claims were very serious");
        Claim concerns = claimWithContent(document, "she had grave concerns");
        assertNull(concerns.getParent());
        assertEquals("Ann Kelly", serious.getSource().getSpeaker().getName());
        assertNull(claimWithContent(document, "they had no evidence of that").getParent());
        claimWithContent(document, "the fire was an accident");
    }

    @Test
    void aParentheticalReportingClauseStaysInsideItsClaim() throws Exception {
        Document document = annotate("The fault was, engineers said, in the cable.\n"
                + "The outage, they said, was over by noon.\n"
                + "What counts, the mayor said, is that the school stays open.\n"
                + "The plan is safe, officials said, adding that it would open in May.", null);
        claimWithContent(document, "The fault was, engineers said, in the cable");
        claimWithContent(document, "The outage, they said, was over by noon");
        claimWithContent(document, "What counts, the mayor said, is that the school stays open");
        claimWithContent(document, "The plan is safe");
        claimWithContent(document, "it would open in May");
    }

    @Test
    void aSayingAfterASubordinateClauseReportsAnew() throws Exception {
        Document document = annotate("Though Dr Ama Kaluwa said the agency had a plan, he said \u201CWe are not likely to reach that target.\u201D", null);
        claimWithContent(document, "the agency had a plan");
        assertNull(claimWithContent(document, "We are not likely to reach that target.").getParent());
    }

    @Test
    void aPluralRoleNounTheTaggerReadsAsAVerbBeforeItsVerbIsASpeaker() throws Exception {
        Document document = annotate("A new plan.\n"
                + "Opening the depot at a ceremony in Leeds, executives repeatedly thanked staff who had stayed on.", null);
        assertEquals("executives", claimWithContent(document, "staff who had stayed on").getSource().getCoveredText());
    }

    @Test
    void anAgentlessForecastReportsItsInfinitiveWithNoSource() throws Exception {
        Document document = annotate("A headline.\n"
                + "The firm was expected to post a loss.\n"
                + "Prevailing winds are also forecast to blow from the south today.", null);
        Claim loss = claimWithContent(document, "to post a loss");
        assertEquals("expected", loss.getCue().getCoveredText());
        assertNull(loss.getSource());
        assertNull(claimWithContent(document, "to blow from the south today").getSource());
    }

    @Test
    void roleTitleSurnameAndPronounResolveToTheirSpeakers() throws Exception {
        Document document = annotate("German Foreign Minister Annalena Baerbock met Russian Foreign Minister Sergey Lavrov.\n"
                + "Lavrov said Russia was waiting for answers.\n"
                + "The German Minister said she wanted dialogue.\n"
                + "Later she said the talks were useful.", null);
        assertEquals("Sergey Lavrov", claimWithContent(document, "Russia was waiting for answers").getSource().getSpeaker().getName());
        assertEquals("Annalena Baerbock", claimWithContent(document, "she wanted dialogue").getSource().getSpeaker().getName());
        Claim pronoun = claimWithContent(document, "the talks were useful");
        assertEquals(MentionKind.PRONOUN, pronoun.getSource().getKind());
        assertEquals("Annalena Baerbock", pronoun.getSource().getSpeaker().getName());
    }

    @Test
    void objectOfDescribeOrCallIsTheContentWhenQuotedOrLinkedByAs() throws Exception {
        Document document = annotate("Analyst Mia Holt described the merger as \u201Ca bold bet\u201D.\n"
                + "Senator Paul Reyes called the bill 'a disgrace' and accused the governor of hiding the costs.\n"
                + "The mayor called the police. Residents formed a charity called 'Hope for Eastfield'.\n"
                + "The prosecutor called the first witness as the trial opened.", null);
        String described = "the merger as \u201Ca bold bet\u201D";
        assertEquals("Mia Holt", speakerOf(document, described));
        assertEquals(ClaimType.MIXED, claimWithContent(document, described).getType());
        assertEquals("called", claimWithContent(document, "the bill 'a disgrace'").getCue().getCoveredText());
        assertEquals("accused", claimWithContent(document, "the governor of hiding the costs").getCue().getCoveredText());
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().contains("police")
                || c.getCoveredText().contains("witness")), "an object without a quotation or 'as' + description is no claim");
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().contains("Hope")),
                "a quotation right after 'called' names something; nobody speaks");
    }

    @Test
    void relativeClauseBetweenSpeakerAndCueIsSkipped() throws Exception {
        Document document = annotate("Professor Ana Lima, who led the survey, said the results were clear.\n"
                + "Governor Ben Ortiz, who once praised the plan as \u201Cvisionary\u201D, said it had failed.", null);
        assertEquals("Ana Lima", speakerOf(document, "the results were clear"));
        assertEquals("Ben Ortiz", speakerOf(document, "it had failed"));
        assertEquals("Ben Ortiz", speakerOf(document, "the plan as \u201Cvisionary\u201D"));
    }

    @Test
    void britishHonorificAfterTheCueIsTheSpeaker() throws Exception {
        Document document = annotate("'We will fight this all the way,' said Mrs Patel.", null);
        Claim claim = claimWithContent(document, "We will fight this all the way,");
        assertEquals("Mrs Patel", claim.getSource().getCoveredText());
    }

    @Test
    void wireDatelineIsNotContent() throws Exception {
        Document document = annotate("NAIROBI (Reuters) - Exports of tea fell by a fifth in May, the central bank said.", null);
        assertEquals("the central bank", claimWithContent(document, "Exports of tea fell by a fifth in May").getSource()
                .getCoveredText());
    }

    @Test
    void interviewAnswersBelongToTheInterviewee() throws Exception {
        String interview = """
                Chef Marco Bellini talks about his new restaurant.
                Q: Why Lisbon?
                A: Because the fish here is the best in Europe.""";
        String answer = "Because the fish here is the best in Europe.";
        Document document = annotate(interview, null);
        assertEquals(ClaimType.DIRECT, claimWithContent(document, answer).getType(), "an answer is verbatim");
        assertEquals("Marco Bellini", speakerOf(document, answer));
    }

    @Test
    void courtThatHearsEvidenceIsNoSpeaker() throws Exception {
        Document document = annotate("A builder forged safety certificates for a decade, a court has heard.", null);
        Claim claim = claimWithContent(document, "A builder forged safety certificates for a decade");
        assertNull(claim.getSource(), "the court only listens");
        assertEquals("heard", claim.getCue().getCoveredText());
        Document accused = annotate("The 28-year-old man is accused of killing two tourists at their home.", null);
        Claim killing = claimWithContent(accused, "killing two tourists at their home");
        assertNull(killing.getSource(), "nobody is named as accusing");
        assertEquals("accused", killing.getCue().getCoveredText());
        assertTrue(claims(annotate("Court\nThe coach was criticised for his tactics.", null)).isEmpty(),
                "\"was criticised for …\" evaluates and reports nothing (FORMAT.md)");
        Document committee = annotate("The plan is running behind target, the Oireachtas health committee heard on Wednesday.", null);
        assertNull(claimWithContent(committee, "The plan is running behind target").getSource(), "whoever heard only listened");
        Document before = annotate("Trial\nThe Supreme Court today heard police found the knife in a drain.", null);
        assertNull(claimWithContent(before, "police found the knife in a drain").getSource(), "the court before its clause listens too");
        Document headline = annotate("Court hears how the driver lost control\nThe driver was on the phone, the inquest heard.", null);
        assertNull(claimWithContent(headline, "how the driver lost control").getSource(), "a headline's court listens too");
    }

    @Test
    void pronounSkipsNamesQuotedInsideQuotations() throws Exception {
        Document document = annotate("Nora Vance runs a bakery in Leeds.\n"
                + "\u201CBakers \u2014 like farmers \u2014 get up early,\u201D she said.", null);
        assertEquals("Nora Vance", speakerOf(document, "Bakers \u2014 like farmers \u2014 get up early,"));
    }

    @Test
    void toldWithColonQuoteAndSingleInformedSource() throws Exception {
        Document document = annotate("Mayor Ruth Kang told journalists: \u201CThe bridge will reopen in May.\u201D\n"
                + "The contract was signed last week, according to a source close to the council.", null);
        assertEquals("Ruth Kang", speakerOf(document, "The bridge will reopen in May."));
        assertEquals("a source close to the council",
                claimWithContent(document, "The contract was signed last week").getSource().getCoveredText());
    }

    @Test
    void reportersTrailingWhichOrAsClauseIsNotContent() throws Exception {
        Document document = annotate("Jane Doe said the bridge was unsafe, which surprised residents.\n"
                + "Tom Hale called for calm in Kenton as police efforts intensified.", null);
        claimWithContent(document, "the bridge was unsafe");
        claimWithContent(document, "calm in Kenton");
    }

    @Test
    void pronounResolvesToNearestFemaleSpeaker() throws Exception {
        Document document = annotate("Anna Berg told the court that the contract was void.\n"
                + "Mr. Tom Hale said the contract was valid.\n"
                + "She said the judge would decide.", null);
        assertEquals("Anna Berg", claimWithContent(document, "the judge would decide").getSource().getSpeaker().getName());
    }

    @Test
    void aTitleAndNameSetOffByCommasBeforeTheirCueSpeakForALaterPronoun() throws Exception {
        Document document = annotate("Derby lost\nRovers have blamed their defeat to Harbour Town on the referee.\n"
                + "Rovers manager, Tom Okafor, told reporters the second goal was offside.\n"
                + "Okafor\u2019s side lost 2-1 to Harbour Town.\nHe said the club would appeal.", null);
        assertEquals("Tom Okafor", speakerOf(document, "the club would appeal"),
                "the speaker of the last report, not the side named more often");
    }

    @Test
    void aNameEndingInAPlaceWordIsAPlaceThatNoHeOrSheMeans() throws Exception {
        Document document = annotate("Flood warning\nMayor Jan Kowal met reporters yesterday. Riverside Gardens was closed.\n"
                + "He said the water would peak on Friday.", null);
        assertEquals("Jan Kowal", speakerOf(document, "the water would peak on Friday"));
    }

    @Test
    void aCapitalisedWordTheTaggerCallsAnAdjectiveIsANameRightBeforeItsReportingVerb() throws Exception {
        Document document = annotate("Clinic news\nIn a post on his page, al-Rashid said that the clinic had run out of insulin.", null);
        assertEquals("al-Rashid", speakerOf(document, "the clinic had run out of insulin"));
    }

    @Test
    void aBracketedDateAfterTheDayOfTheReportIsNoContent() throws Exception {
        Document document = annotate("Ferry\nThe mayor said on Tuesday (June 21) the ferry would be free for a week.", null);
        assertEquals("mayor", speakerOf(document, "the ferry would be free for a week"));
    }

    @Test
    void aNameTheTaggerCallsAnAuxiliaryStillEndsTheSourceOfATrailingReport() throws Exception {
        Document document = annotate("Harbour\nThe harbour is on track to reopen this year, Dr Weerasinghe said.", null);
        assertEquals("Weerasinghe", speakerOf(document, "The harbour is on track to reopen this year"));
    }

    @Test
    void aFigureAReportHasForItsObjectIsWhatItReportsButAThingIsNot() throws Exception {
        Document figure = annotate("Dengue\nThe health ministry has reported 312 new cases since April.", null);
        assertEquals("reported", claimWithContent(figure, "312 new cases since April").getCue().getCoveredText());
        Document thing = annotate("Theft\nThe shop owner reported the theft to police on 5 May.", null);
        assertEquals(0, proposals(thing), "a thing reported is no content");
    }

    @Test
    void aFirstNameTheTaggerCallsAnAdjectiveOpensANameAtASentenceStart() throws Exception {
        Document document = annotate("Plant\nÉric Durand, who ran the plant for a decade, recalls that the pumps were new.", null);
        assertEquals("Éric Durand", speakerOf(document, "the pumps were new"));
    }

    @Test
    void whoAnInfinitiveHasSpeakIsNoAntecedentForTheNextSpeaker() throws Exception {
        Document document = annotate("Broadband\nAshby was left out of the rollout.\nTom Reyes, a councillor from the village, said "
                + "the work would cost £15,000, leading Ashby to refuse the offer.\nBut he said the firm later changed its plans.", null);
        assertEquals("Tom Reyes", speakerOf(document, "the firm later changed its plans"));
    }

    @Test
    void whoIsToldIsSpokenToAndNoAntecedentForTheNextSpeaker() throws Exception {
        Document document = annotate("Squad\nCoach Tom Hale named his squad on Monday.\nSam Reed was told to stay at home, Hale said.\n"
                + "He said the squad was strong.", null);
        assertEquals("Tom Hale", speakerOf(document, "the squad was strong"));
    }

    @Test
    void aWordAfterTheDatelineOpensItsSentence() throws Exception {
        Document afterDateline = annotate("Farms\nDhaka, Mar 21 \u2013 Mentioning that floods harm farms most, Agriculture Minister "
                + "Dr Abdul Karim on Thursday said the country was at risk.\n\u201CWe are giving it priority,\u201D he said.", null);
        assertEquals("Abdul Karim", speakerOf(afterDateline, "We are giving it priority,"));
    }

    @Test
    void aPronounSkipsANameInAPrepositionalPhrase() throws Exception {
        Document document = annotate("Team news\nCoach Ben Ward said the team was ready.\n"
                + "It was a good week for the players under their new captain Tom Reyes.\n"
                + "\"We worked hard,\" he said.", null);
        assertEquals("Ben Ward", speakerOf(document, "We worked hard,"));
    }

    @Test
    void aPronounAWholeParagraphAfterABystanderNamedOnceMeansThePersonMentionedMost() throws Exception {
        String story = "Bridge\nMayor Lena Voss said the new bridge was open.\nLena Voss has led the city since 2019.\n"
                + "Ruth Brandt designed the old bridge in 1990.\n";
        Document afterAParagraph = annotate(story + "The river has flooded twice since then.\n\"It will last a century,\" she said.", null);
        assertEquals("Lena Voss", speakerOf(afterAParagraph, "It will last a century,"));
        Document nextParagraph = annotate(story + "\"It will last a century,\" she said.", null);
        assertEquals("Ruth Brandt", speakerOf(nextParagraph, "It will last a century,"), "the nearest mention wins when nothing lies between");
    }

    @Test
    void aNounPhraseContentEndsWhereAnAdjunctOfTheReportingBegins() throws Exception {
        Document document = annotate("Court\nThe driver denied the charges after the hearing.", null);
        assertEquals("The driver", claimWithContent(document, "the charges").getSource().getCoveredText());
    }

    @Test
    void registrySpeakerIsReusedByAlias() throws Exception {
        Corpus corpus = SayerFactory.eINSTANCE.createCorpus();
        Speaker lavrov = SayerFactory.eINSTANCE.createSpeaker();
        lavrov.setId("lavrov");
        lavrov.setName("Sergey Lavrov");
        lavrov.getAliases().add("Lavrov");
        corpus.getSpeakers().add(lavrov);
        Document document = annotate("Lavrov said Moscow was ready.", corpus);
        assertSame(lavrov, claimWithContent(document, "Moscow was ready").getSource().getSpeaker());
        assertEquals(1, corpus.getSpeakers().size());
        assertEquals(List.of(lavrov), document.getSpeakers());
    }

    @Test
    void manualAndReviewedAnnotationsAreNeverOverwritten() throws Exception {
        String text = "Jane Doe said the budget would be balanced. Tom Hale said taxes would rise.";
        Document document = document(text);
        Claim manual = SayerFactory.eINSTANCE.createClaim();
        manual.setOrigin(Origin.MANUAL);
        manual.setBegin(text.indexOf("the budget"));
        manual.setEnd(text.indexOf(" would be balanced"));
        manual.setType(ClaimType.INDIRECT);
        document.getAnnotations().add(manual);
        Claim rejected = SayerFactory.eINSTANCE.createClaim();
        rejected.setOrigin(Origin.AUTOMATIC);
        rejected.setReview(ReviewState.REJECTED);
        rejected.setBegin(text.indexOf("taxes"));
        rejected.setEnd(text.indexOf("taxes") + 5);
        document.getAnnotations().add(rejected);

        annotator.annotate(document, null);
        annotator.annotate(document, null); // a second run replaces its own suggestions only

        assertTrue(document.getAnnotations().contains(manual));
        assertTrue(document.getAnnotations().contains(rejected));
        assertEquals(text.indexOf(" would be balanced"), manual.getEnd(), "the manual claim is untouched");
        List<Claim> claims = claims(document);
        assertEquals(2, claims.size(), "overlapping suggestions are dropped: " + claims.stream().map(Claim::getCoveredText).toList());
        long suggestedMentions = document.getAnnotations().stream()
                .filter(a -> a instanceof SpeakerMention && a.getOrigin() == Origin.AUTOMATIC).count();
        assertEquals(0, suggestedMentions, "no speaker mention is left without a claim");
    }

    @Test
    void reannotatingReplacesEarlierSuggestions() throws Exception {
        Corpus corpus = SayerFactory.eINSTANCE.createCorpus();
        Document document = annotate("Jane Doe said the budget would be balanced.", corpus);
        int count = document.getAnnotations().size();
        annotator.annotate(document, corpus);
        assertEquals(count, document.getAnnotations().size());
        assertEquals(1, corpus.getSpeakers().size(), "the speaker is found again in the registry");
    }

    @Test
    void aPronounSourceWithNobodyBeforeItGetsAnUnresolvedSpeakerAndTheDocumentIsValid() throws Exception {
        Corpus corpus = SayerFactory.eINSTANCE.createCorpus();
        Document document = annotate("He said the budget would be balanced.", corpus);
        Speaker speaker = claimWithContent(document, "the budget would be balanced").getSource().getSpeaker();
        assertTrue(UnresolvedSpeakers.isUnresolved(speaker), "a speaker of its own: " + speaker);
        assertEquals("He", speaker.getName());
        assertTrue(corpus.getSpeakers().contains(speaker), "in the registry, where an analyst relinks it");
        assertEquals(List.of(), Validation.problems(Validation.validate(document)).stream().map(d -> d.getMessage()).toList());

        annotator.annotate(document, corpus);
        assertEquals(List.of(speaker), corpus.getSpeakers(), "annotated again, the pronoun's speaker is the same one");
    }

    @Test
    void userLexiconFromSystemPropertyAddsCues(@TempDir Path folder) throws Exception {
        Path extra = folder.resolve("my-cues.txt");
        Files.writeString(extra, "# house style\nvlog/vlogged/vlogs/vlogging\n");
        String text = "Jane Doe vlogged that the budget was fine.";
        assertTrue(claims(annotate(text, null)).isEmpty(), "vlog is in neither built-in lexicon");
        System.setProperty("sayer.cues", extra.toString());
        try (Annotator custom = Annotator.candidatesOnly()) {
            Document document = document(text);
            custom.annotate(document, null);
            assertEquals("vlogged", claimWithContent(document, "the budget was fine").getCue().getCoveredText());
        } finally {
            System.clearProperty("sayer.cues");
        }
    }

    @Test
    void aHeadlineWhoseVerbIsACueTakesTheRestOfTheLine() throws Exception {
        Document document = annotate("Minister criticises new bridge fees\nThe fees start in May.", null);
        Claim claim = claimWithContent(document, "new bridge fees");
        assertEquals("criticises", claim.getCue().getCoveredText());
        assertEquals("Minister", claim.getSource().getCoveredText());
    }

    @Test
    void aContentMayOpenWithATimeWordsPossessiveOrACurrencySign() throws Exception {
        Document document = annotate("Budget day\nCoach Vinayak Samant said today's win was the first step.\n"
                + "Erasmus says Saturday's game was memorable.\nThe Taoiseach said \u20ac900 million more had gone into health.", null);
        assertEquals("said", claimWithContent(document, "today's win was the first step").getCue().getCoveredText());
        assertEquals("says", claimWithContent(document, "Saturday's game was memorable").getCue().getCoveredText());
        assertEquals("said", claimWithContent(document, "\u20ac900 million more had gone into health").getCue().getCoveredText());
    }

    @Test
    void aRelativeClauseWithWhichTakesItsAntecedentAsTheSource() throws Exception {
        Document document = annotate("Fine row\nThe fine was issued by the regulator, which also said the firm could face more fines.", null);
        assertEquals("the regulator", claimWithContent(document, "the firm could face more fines").getSource().getCoveredText());
    }

    @Test
    void aNominalSubjectBeforeAnAdverbOrAuxiliaryAndAQuantifiedGroupAreSources() throws Exception {
        Document document = annotate("Parcels\nThe package deliverer also said it was confident about the holidays.\n"
                + "Two environmental groups are warning that rivers are in danger.", null);
        assertEquals("The package deliverer", claimWithContent(document, "it was confident about the holidays").getSource().getCoveredText());
        assertEquals("Two environmental groups", claimWithContent(document, "rivers are in danger").getSource().getCoveredText());
    }

    @Test
    void aReportingClauseAfterACommaTakesTheClauseBeforeItAsContent() throws Exception {
        Document document = annotate("Ferry fares to rise, say commuters\n"
                + "Crossings will be slower this winter, said the port's chief engineer Ana Ruiz.\n"
                + "The pier needs new lights, the council's engineer Tom Hale said on Friday.\n"
                + "Repairs will start in May, Lena Berg, the mayor, said, and she praised the crews.", null);
        assertEquals("commuters", claimWithContent(document, "Ferry fares to rise").getSource().getCoveredText());
        assertEquals("chief engineer Ana Ruiz", claimWithContent(document, "Crossings will be slower this winter").getSource().getCoveredText());
        assertEquals("engineer Tom Hale", claimWithContent(document, "The pier needs new lights").getSource().getCoveredText());
        assertEquals("Lena Berg", claimWithContent(document, "Repairs will start in May").getSource().getCoveredText());
    }

    @Test
    void theSpeakerIsTheNounARelativeClauseOrAnAppositionDescribesNotAWordInside() throws Exception {
        Document document = annotate("SEATTLE (Reuters) - Growers who sued Fenwick said on Monday they were tired of waiting.\n"
                + "Edward Wolfe, analyst with the brokerage Bear Stearns, said the quarter was weak.\n"
                + "Anna Berg, in a call with her counterpart, Tom Hale, called for calm.", null);
        assertEquals("Growers", claimWithContent(document, "they were tired of waiting").getSource().getCoveredText());
        assertEquals("Edward Wolfe", claimWithContent(document, "the quarter was weak").getSource().getCoveredText());
        assertEquals("Anna Berg", claimWithContent(document, "calm").getSource().getCoveredText());
    }

    @Test
    void aTitleWithAFullStopDoesNotEndTheSentenceAndUnknownNamesAreNoPronouns() throws Exception {
        Document document = annotate("Rates\nThe governor, Dr. Nandalal Weerasinghe, spoke in Colombo. Dr. Weerasinghe said exports must rise.", null);
        assertEquals("Dr. Weerasinghe", claimWithContent(document, "exports must rise").getSource().getCoveredText());
    }

    @Test
    void aWordNetVerbIsACueOnlyWithAReportingFrame() throws Exception {
        Document document = annotate("Budget\nThe mayor surmised that the budget was too small.\n"
                + "The fund absorbed the losses and the treasurer said the budget was fine.", null);
        assertEquals("surmised", claimWithContent(document, "the budget was too small").getCue().getCoveredText());
        assertTrue(document.getAnnotations().stream().noneMatch(a -> a instanceof Cue && a.getCoveredText().equals("absorbed")),
                "'absorbed' has no reporting frame here, so it is no cue");
    }

    @Test
    void aQuoteBeforeADescribedSpeakerIsDirect() throws Exception {
        Document document = annotate("Phones\n\"It was a good day,\" Moore Insights and Strategy analyst Patrick Moorhead said.\n"
                + "\"We regret it,\" Anna Hill, chief privacy officer for the phone company, said in a statement.\n"
                + "'The lads were magnificent,' Hughes said.", null);
        assertEquals("Patrick Moorhead", speakerOf(document, "It was a good day,"));
        assertEquals("Anna Hill", speakerOf(document, "We regret it,"));
        assertEquals("Hughes", speakerOf(document, "The lads were magnificent,"));
    }

    @Test
    void aPluralGroupAfterAnOpeningConnectiveAndASpeakerDescribedAfterTheCueAreSources() throws Exception {
        Document document = annotate("Bins\nBut homeowners say the lids were open.\n"
                + "Meanwhile, hospital consultants say that the goal is further away.\n"
                + "Coffee is safe for most adults, say the authors of the report published in the journal.", null);
        assertEquals("homeowners", claimWithContent(document, "the lids were open").getSource().getCoveredText());
        assertEquals("hospital consultants", claimWithContent(document, "the goal is further away").getSource().getCoveredText());
        assertEquals("the authors of the report", claimWithContent(document, "Coffee is safe for most adults").getSource().getCoveredText());
    }

    @Test
    void accordingToWhatSomeoneIssuedTakesTheIssuerAsTheSource() throws Exception {
        Document document = annotate("Records\nMore than 90 million records were exposed, according to information compiled by the "
                + "Privacy Rights Clearinghouse.\nPrices rose, according to data from the statistics office Statistics Canada.", null);
        assertEquals("the Privacy Rights Clearinghouse",
                claimWithContent(document, "More than 90 million records were exposed").getSource().getCoveredText());
        assertEquals("Statistics Canada", claimWithContent(document, "Prices rose").getSource().getCoveredText());
    }

    @Test
    void aSubjectAfterASubordinatorSpeaksAndAHyphenatedWordStartsAContent() throws Exception {
        Document document = annotate("Shares\nShares fell on Wednesday, a day after the company said that sales had slowed.\n"
                + "While sales disappointed, analysts said current-quarter prospects looked good.", null);
        assertEquals("the company", claimWithContent(document, "sales had slowed").getSource().getCoveredText());
        assertEquals("analysts", claimWithContent(document, "current-quarter prospects looked good").getSource().getCoveredText());
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().equals("While sales disappointed")),
                "the clause before the source is no content when a clause follows the cue");
    }

    @Test
    void aTitleAndAParentheticalBeforeANameAreOneSpeaker() throws Exception {
        Document document = annotate("Dengue\nDeputy state director of Health (Public Health) Dr Jamilah Hashim spoke yesterday.\n"
                + "\"The term is misused,\" she told reporters.", null);
        assertEquals("Jamilah Hashim", speakerOf(document, "The term is misused,"));
    }

    @Test
    void aHeadlineThatNamesItsSpeakerLastAfterAColonOrADashIsAClaim() throws Exception {
        Document colon = annotate("Port fees will rise next year: harbour board\nThe board met on Monday.", null);
        assertEquals("harbour board", claimWithContent(colon, "Port fees will rise next year").getSource().getCoveredText());
        Document dash = annotate("Flu cases high in the north \u2013 WHO report\nThe report came out on Monday.", null);
        assertEquals("WHO report", claimWithContent(dash, "Flu cases high in the north").getSource().getCoveredText());
        Document label = annotate("Budget speech live: Day 3\nThe speech began at noon.", null);
        assertTrue(claims(label).isEmpty(), "a number after the colon is a label, not a speaker");
        Document headline = annotate("PM Ruth Ames: Ministers must expect tougher questions from more MPs\nThe House sat late.", null);
        assertEquals("PM Ruth Ames", claimWithContent(headline, "Ministers must expect tougher questions from more MPs")
                .getSource().getCoveredText(), "a headline's label speaks even when its line has a cue of its own");
        Document event = annotate("Champions League Final: Delighted Madrid boss Carlo Ancelotti salutes collective effort\n"
                + "The final ended late.", null);
        assertTrue(claims(event).stream().noneMatch(c -> c.getCoveredText().startsWith("Delighted")),
                "an event's label does not say a line that reports for itself");
        Document topic = annotate("Serena Williams on her coach: \u2018I do not understand him\u2019\nThe final ended late.", null);
        assertEquals("Serena Williams", claimWithContent(topic, "I do not understand him").getSource().getCoveredText(),
                "\"NAME on TOPIC:\" labels what the name says");
        Document verb = annotate("Telecom chamber moves data subscription to 23 million \u2013 Ashigbey\n"
                + "The figures came out on Monday, Kenneth Ashigbey said.", null);
        assertEquals("Ashigbey", claimWithContent(verb, "Telecom chamber moves data subscription to 23 million").getSource()
                .getCoveredText(), "the name after the dash says the whole line, whatever verb the line has");
    }

    @Test
    void anEmbeddedRelativeClauseOrAParentheticalHoweverDoesNotEndAContentButACommaSpliceDoes() throws Exception {
        Document document = annotate("Water\nShe noted that while the river, which 30 million people rely on, is safe, action must be taken.\n"
                + "He said the plan, however, was dropped.\n"
                + "Acme is reporting that its sales were up by 1.1%, however, the performance trailed the market.", null);
        assertEquals("She", claimWithContent(document,
                "while the river, which 30 million people rely on, is safe, action must be taken").getSource().getCoveredText());
        assertEquals("He", claimWithContent(document, "the plan, however, was dropped").getSource().getCoveredText());
        assertEquals("Acme", claimWithContent(document, "its sales were up by 1.1%").getSource().getCoveredText());
    }

    @Test
    void aParticipleTakesItsOwnSentencesSubjectBeforeAnEarlierSentencesSpeaker() throws Exception {
        Document document = annotate("Term\nOnly the ministry can use the word when it announces that an outbreak began.\n"
                + "Dr Jane Roe clarified this yesterday, saying the term was often abused.", null);
        assertEquals("Jane Roe", speakerOf(document, "the term was often abused"));
    }

    @Test
    void aFreeRelativeNamesTheSayingAndReportsNothing() throws Exception {
        Document document = annotate("What They Said: Coach's delight over battling victory\n"
                + "What she said was brave. Ferguson said the team was tired.", null);
        assertEquals(java.util.List.of("the team was tired"), claims(document).stream().map(Annotation::getCoveredText).toList());
    }

    @Test
    void aSpacedDashAfterAClauseAndTheCommaOfAnOpeningAdverbialEndAContent() throws Exception {
        Document document = annotate("Growth\nDelegates noted that growth had slowed \u2013 the country is expected to grow by 0.5%.\n"
                + "Despite the government's claim of restoring broadband on Friday, users faced delays.", null);
        assertEquals("Delegates", claimWithContent(document, "growth had slowed").getSource().getCoveredText());
        assertEquals("the government", claimWithContent(document, "restoring broadband on Friday").getSource().getCoveredText());
    }

    @Test
    void aPersonIsFoundPastAnOrganisationThatDescribesOrEmploysThem() throws Exception {
        Document document = annotate("Parcels\n\"It was a solid quarter,\" said Ed Wolfe, analyst with brokerage Bear Stearns, "
                + "who noted that volumes were up.\n"
                + "\"It could be the coffee,\" says the University of Queensland's Dr Carl Lavie.\n"
                + "Exporters will survive, according to Central Bank of Sri Lanka (CBSL) Governor Dr. Nandalal Weerasinghe.", null);
        assertEquals("Ed Wolfe", speakerOf(document, "volumes were up"));
        assertEquals("Carl Lavie", speakerOf(document, "It could be the coffee,"));
        assertEquals("Nandalal Weerasinghe", speakerOf(document, "Exporters will survive"));
    }

    @Test
    void anAppositionWithAnOrganisationsPossessiveOrATimeBeforeTheVerbStillDescribesTheName() throws Exception {
        Document document = annotate("Fintech\nInvestments have risen, Sopnendu Mohanty, the Monetary Authority of Singapore's (MAS) "
                + "chief fintech officer, said in an interview.\n"
                + "The District Chief Executive for the region, Captain Steve Armah on Saturday appealed to chiefs to help. "
                + "He said the assembly would meet.", null);
        assertEquals("Sopnendu Mohanty", speakerOf(document, "Investments have risen"));
        assertEquals("Steve Armah", speakerOf(document, "the assembly would meet"));
    }

    @Test
    void neitherAPlaceAfterOfNorAnAmountIsTheSpeakerAPronounGoesBackTo() throws Exception {
        Document document = annotate("Bins\nAlex Miller of Auchinairn Road said he had no notice.\n"
                + "He said: \u201cAuchinairn Road has been split.\u201d\n"
                + "Such investments have risen from around US$20 million in 2014 to a record US$1.1 billion.\n"
                + "\u201cWe are trying,\u201d he said.", null);
        assertEquals("Alex Miller", speakerOf(document, "Auchinairn Road has been split."));
        assertTrue(document.getSpeakers().stream().noneMatch(s -> s.getName().contains("$")),
                "an amount is no speaker: " + document.getSpeakers().stream().map(s -> s.getName()).toList());
    }

    @Test
    void aDateAfterTheCueIsNoContent() throws Exception {
        Document document = annotate("Jobs\nThe company said on March 8 it was cutting 4,800 jobs.\n"
                + "The firm said on Sept. 13, 2024, that it was closing three plants.", null);
        assertEquals("The company", claimWithContent(document, "it was cutting 4,800 jobs").getSource().getCoveredText());
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().startsWith("on ")),
                claims(document).stream().map(Annotation::getCoveredText).toList().toString());
    }

    @Test
    void anIndefiniteNounPhraseBeforeTheCueIsASpeaker() throws Exception {
        Document document = annotate("Bins\nOne householder said: \u201cI am an emergency service worker.\u201d\n"
                + "Another resident said the bins were full.", null);
        assertEquals("One householder", claimWithContent(document, "I am an emergency service worker.").getSource().getCoveredText());
        assertEquals("Another resident", claimWithContent(document, "the bins were full").getSource().getCoveredText());
    }

    @Test
    void aCommaAfterThatOpensTheContentsAdverbial() throws Exception {
        Document document = annotate("Court\nJo Kerr further stated that, immediately after pleading guilty, he emailed his solicitors.", null);
        assertEquals("Jo Kerr", claimWithContent(document, "immediately after pleading guilty, he emailed his solicitors")
                .getSource().getCoveredText());
    }

    @Test
    void aNounPhraseBeforeAnAsideInDashesAndTheCueSpeaks() throws Exception {
        Document document = annotate("Court\nThe defendant -- represented by Archie Warner -- also told the court he had been at home.", null);
        assertEquals("The defendant", claimWithContent(document, "he had been at home").getSource().getCoveredText());
    }

    @Test
    void anAuthorityIsASpeakerLikeItsPlural() throws Exception {
        Document document = annotate("Wildlife\nKenya's wildlife authority said Tuesday it needs help to curb the killings.", null);
        assertEquals("Kenya's wildlife authority", claimWithContent(document, "it needs help to curb the killings")
                .getSource().getCoveredText());
    }

    @Test
    void aCompanyNamedWithAPossessiveIsASubjectBeforeAVerb() throws Exception {
        Document document = annotate("Stores\nThe chain Dillard's is closing shops.\n"
                + "Dillard's is reporting that its holiday sales were up.", null);
        assertEquals("Dillard's", claimWithContent(document, "its holiday sales were up").getSource().getCoveredText());
    }

    @Test
    void aPossessedNounsModifierTaggedAsAVerbKeepsAnAppositionWhole() throws Exception {
        Document document = annotate("Care\n\"Education will prove critical,\" Stoner, the study's lead author, said.", null);
        assertEquals("Stoner", speakerOf(document, "Education will prove critical,"));
    }

    @Test
    void aPronounReportingAfterItsContentIsNobodyNamedInIt() throws Exception {
        Document document = annotate("Court\nThe man appeared in court on Wednesday, defence lawyer Ann Kerr said. "
                + "At the hearing, he maintained that he was innocent, Kerr said.\n"
                + "The man has not been charged, but he is being held, she said.", null);
        assertEquals("Ann Kerr", speakerOf(document, "The man has not been charged, but he is being held"));
    }

    @Test
    void aCueAfterACommaFollowedByAClauseIsNoInvertedReportingClause() throws Exception {
        Document document = annotate("Budget\nThe vote was close, said the budget would pass anyway.", null);
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().equals("The vote was close")),
                "a verb after the noun phrase makes it the reported clause's subject");
    }

    @Test
    void aMonthAbbreviationBeforeADayEndsNoSentence() throws Exception {
        Document document = annotate("Jobs\nThe carrier said on Sept. 4 it was cutting 900 jobs.", null);
        assertEquals("The carrier", claimWithContent(document, "it was cutting 900 jobs").getSource().getCoveredText());
    }

    @Test
    void aTitleCaseDatelineNamesNoSpeaker() throws Exception {
        Document document = annotate("Market moves\nTamale (N/R) Feb. 3 GNA - The mayor, Captain Ama Boateng, asked traders to move. "
                + "She said the new site was safe.", null);
        assertEquals("Ama Boateng", speakerOf(document, "the new site was safe"));
        assertTrue(document.getAnnotations().stream().noneMatch(a -> a.getCoveredText().equals("Tamale")),
                "the place of a dateline is no speaker mention");
    }

    @Test
    void aPlaceAndADashOpeningTheStoryIsADatelineInTitleCaseToo() throws Exception {
        Document document = annotate("Trade talks\nNairobi - Trade Minister Ruth Tan said on Monday that the talks would resume.\n"
                + "Nairobi said it wants a deal by June.", null);
        assertEquals("Trade Minister Ruth Tan", claimWithContent(document, "the talks would resume").getSource().getCoveredText());
        assertEquals(1, document.getAnnotations().stream().filter(a -> a.getCoveredText().equals("Nairobi")).count(),
                "the dateline's place is no speaker mention; the city that speaks later is");
        Document apposition = annotate("Clinics\nEd Lee - the mayor - said the clinics would open in May.", null);
        assertEquals("Ed Lee", speakerOf(apposition, "the clinics would open in May"), "a second dash closes an apposition: no dateline");
    }

    @Test
    void coordinatedModifiersBelongToTheirSpeakerPhrase() throws Exception {
        Document document = annotate("Profit falls\nThe shipping and storage company said on Monday that profit fell 3 percent.", null);
        assertEquals("The shipping and storage company", claimWithContent(document, "profit fell 3 percent").getSource().getCoveredText());
    }

    @Test
    void anExistentialThereOpensTheClauseAVerbThatNeedsOneReports() throws Exception {
        Document document = annotate("Trade\nShe noted there had been strong growth in exports.", null);
        assertEquals("noted", claimWithContent(document, "there had been strong growth in exports").getCue().getCoveredText());
    }

    @Test
    void aPronounObjectOfTellIsNotPartOfTheContent() throws Exception {
        Document document = annotate("Flood\nThe inspector said the manager told her the pumps were off.", null);
        assertEquals("the pumps were off", claimWithContent(document, "the pumps were off").getCoveredText());
    }

    @Test
    void thePersonToldIsLeftOutAfterACommaOrWhenAParticipleNamesThem() throws Exception {
        Document document = annotate("Court\n\u201CShe told me, all you need to do is plead guilty,\u201D he said.\n"
                + "Police told the accused he must sign the statement, the lawyer said.", null);
        assertEquals("told", claimWithContent(document, "all you need to do is plead guilty").getCue().getCoveredText());
        assertEquals("Police", claimWithContent(document, "he must sign the statement").getSource().getCoveredText());
    }

    @Test
    void aVerbOfSeveralWordsIsACueWhereTheTaggerTookItsFirstWordForANoun() throws Exception {
        Document document = annotate("Skills\nThe paper points out that the workers need training.\n"
                + "The report has a section on skills, and points out that few firms train staff.", null); // "points/NOUN out"
        assertEquals("points out", claimWithContent(document, "the workers need training").getCue().getCoveredText());
        assertEquals("points out", claimWithContent(document, "few firms train staff").getCue().getCoveredText());
    }

    @Test
    void aHeadlineVerbReportsWhateverTheTaggerMadeOfItAndItsObjectStopsAtAnAdjunct() throws Exception {
        Document fishermen = annotate("Fishermen Seek End to Oil Spill Court Case\nThe case has run for years.", null);
        assertEquals("Seek", claimWithContent(fishermen, "End to Oil Spill Court Case").getCue().getCoveredText());
        assertEquals("Fishermen", claimWithContent(fishermen, "End to Oil Spill Court Case").getSource().getCoveredText(),
                "the capitalised verb ends the name before it");
        Document coach = annotate("Ruth Ellis explains team \u2018mantra\u2019 after final win\nThe side won on Sunday.", null);
        assertEquals("explains", claimWithContent(coach, "team \u2018mantra\u2019").getCue().getCoveredText());
        Document shares = annotate("Northwind shares fall after earnings miss\nThe stock fell 4%.", null);
        assertTrue(claims(shares).isEmpty(), "a noun before the headline's verb (\"shares fall\") is no cue");
        Document air = annotate("Delhi air quality still very poor as burning goes on\nThe smog stays.", null);
        assertTrue(claims(air).isEmpty(), "a plain verb form after a singular noun (\"air\") is a noun of a compound");
    }

    @Test
    void aPromiseOrThreatReportsTheActItNamesButAParticipleBeforeToDoesNot() throws Exception {
        Document document = annotate("Budget\nThe mayor vowed to fix the road before winter.\n"
                + "Ruth Tan spoke on Monday, pledging to raise energy vouchers.\n"
                + "The plan is linked to lower costs, a letter written to reduce fees says.", null);
        assertEquals("The mayor", claimWithContent(document, "to fix the road before winter").getSource().getCoveredText());
        assertEquals("Ruth Tan", claimWithContent(document, "to raise energy vouchers").getSource().getCoveredText());
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().startsWith("to reduce")),
                "\"a letter written to …\": the participle has no subject of its own");
    }

    @Test
    void aPromiseCoordinatedWithAnotherVerbOrNegatedReportsItsActToo() throws Exception {
        Document document = annotate("Strike\nThe workers stood their ground and vowed to stay off the job.\n"
                + "Coach Ben Ryan vowed not to speak to the referee again.\n"
                + "Prices continued to rise in May.", null);
        assertEquals("The workers", claimWithContent(document, "to stay off the job").getSource().getCoveredText());
        assertEquals("Coach Ben Ryan", claimWithContent(document, "not to speak to the referee again").getSource().getCoveredText());
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().startsWith("to rise")),
                "\"continued to rise\" reports nothing");
    }

    @Test
    void continuedAfterItsContentIsAReportingVerb() throws Exception {
        Document document = annotate("Cup\n“We will win,” Ann Roe said. “The fans are great,” she continued.\n"
                + "The squad is young, the coach continued.", null);
        assertEquals("she", claimWithContent(document, "The fans are great,").getSource().getCoveredText());
        assertEquals("the coach", claimWithContent(document, "The squad is young").getSource().getCoveredText());
    }

    @Test
    void aJudgedObjectMayOpenWithBothAndAPrepositionalCueTakesAGerund() throws Exception {
        Document document = annotate("Cup\nCoach Ben Ryan noted both positives and negatives in the team’s display.\n"
                + "In Milton, residents complained of being woken up before 7am.", null);
        assertEquals("Coach Ben Ryan", claimWithContent(document, "both positives and negatives in the team’s display").getSource().getCoveredText());
        assertEquals("residents", claimWithContent(document, "being woken up before 7am").getSource().getCoveredText());
    }

    @Test
    void aContractedAuxiliaryIsAnAuxiliary() throws Exception {
        // the tagger gives "cannot" the two tags "AUX+PART"; the content's clause still has its auxiliary
        Document document = annotate("Libraries\nThe union contested the cuts, claiming the contract cannot be altered.", null);
        assertEquals("The union", claimWithContent(document, "the contract cannot be altered").getSource().getCoveredText());
    }

    @Test
    void aParticipleAfterAVerbsObjectIsTheSubjects() throws Exception {
        Document document = annotate("Fuel\nThe mayor met the protesters saying he would listen.\n"
                + "Nehme slammed fuel traders saying the crisis was their fault.", null);
        assertEquals("The mayor", claimWithContent(document, "he would listen").getSource().getCoveredText());
        assertEquals("Nehme", claimWithContent(document, "the crisis was their fault").getSource().getCoveredText());
    }

    @Test
    void whateverFollowsAccordingToIsTheSource() throws Exception {
        Document document = annotate("Wildlife\nLast year 302 elephants were killed, according to wildlife service statistics.\n"
                + "According to details available on the app, it is built on an open framework.", null);
        assertEquals("wildlife service statistics", claimWithContent(document, "Last year 302 elephants were killed")
                .getSource().getCoveredText());
        assertEquals("details available on the app", claimWithContent(document, "it is built on an open framework")
                .getSource().getCoveredText());
    }

    @Test
    void aReportedClauseMayHaveALongSubject() throws Exception {
        Document document = annotate("Rugby\nHowever, he admitted the methodology behind their impressive final-round performance "
                + "at a packed Newlands stadium would not work against other teams.", null);
        assertEquals("admitted", claimWithContent(document,
                "the methodology behind their impressive final-round performance at a packed Newlands stadium would not work against other teams")
                .getCue().getCoveredText());
        Document adverb = annotate("Roads\nThe mayor agreed the road currently was unsafe.", null);
        assertEquals("The mayor", claimWithContent(adverb, "the road currently was unsafe").getSource().getCoveredText(),
                "an adverb may stand between the clause's subject and its verb");
    }

    @Test
    void aQuantifierBeforeACueIsAnUnnamedGroupThatSpeaks() throws Exception {
        Document document = annotate("Internet\nThe shutdown drew criticism. Many argue that it violates rights. Others said it was needed.",
                null);
        assertEquals("Many", claimWithContent(document, "it violates rights").getSource().getCoveredText());
        assertEquals("Others", claimWithContent(document, "it was needed").getSource().getCoveredText());
        Document delegates = annotate("Trade\nWhile the minister was upbeat about the country, delegates noted that growth had slowed.", null);
        assertEquals("delegates", claimWithContent(delegates, "growth had slowed").getSource().getCoveredText(),
                "a plural subject opens the main clause after a fronted one, whatever the tagger made of it (\"delegates/VERB\")");
    }

    @Test
    void theQuotationAfterAFreeRelativesCueIsWhatItsSubjectSaid() throws Exception {
        Document document = annotate("Internet\nTelcos are open to the probe on what a new lawmaker called \u201Cslow but expensive\u201D "
                + "Internet.\nWhat she said was true.", null);
        Claim called = claimWithContent(document, "slow but expensive");
        assertEquals(ClaimType.DIRECT, called.getType());
        assertEquals("a new lawmaker", called.getSource().getCoveredText());
        assertEquals(1, claims(document).size(), "\"What she said was true\" names the saying and reports nothing");
    }

    @Test
    void theQuotationAfterACalledWhoseObjectStandsBeforeItsSubjectIsWhatTheSubjectSaid() throws Exception {
        Document document = annotate("Cabinet\nTwo ministers resigned, a situation Anna Ruiz called \u201Cvery unfortunate\u201D.\n"
                + "Fans should not celebrate what the coach described as a \u201Cscripted result\u201D.", null);
        Claim situation = claimWithContent(document, "very unfortunate");
        assertEquals(ClaimType.DIRECT, situation.getType());
        assertEquals("Anna Ruiz", situation.getSource().getCoveredText());
        assertEquals("the coach", claimWithContent(document, "scripted result").getSource().getCoveredText());
    }

    @Test
    void anIndefinitePronounAloneIsNoContent() throws Exception {
        Document document = annotate("Court\nAt the hearing he said nothing. Later he said the charges were false.", null);
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().equals("nothing")), "\"said nothing\" reports nothing");
        assertEquals("said", claimWithContent(document, "the charges were false").getCue().getCoveredText());
    }

    @Test
    void aPronounInsideAQuotationIsNotTheQuotationsSpeaker() throws Exception {
        Document document = annotate("Budget\nTreasurer Tom Hale and Premier Rob Kerr clashed on Monday.\n"
                + "\u201CHe claimed that our budget ignored the west,\u201D Hale said.\n"
                + "Earlier, Kerr met the board. \u201CHe told us he backed the plan,\u201D Hale told reporters.", null);
        assertEquals("Rob Kerr", speakerOf(document, "our budget ignored the west"),
                "Hale does not call himself \"he\" in his own quotation");
        assertEquals("Tom Hale", speakerOf(document, "He claimed that our budget ignored the west,"));
        assertEquals("Rob Kerr", speakerOf(document, "he backed the plan"));
    }

    @Test
    void anIngFormAfterACommaThatOpensAClauseIsAParticipleWhateverItsTag() throws Exception {
        Document document = annotate("Glaciers\nThe report gives the clearest picture yet of glacier loss, revealing that "
                + "every fraction of a degree worsens the outlook.", null);
        Claim revealing = claimWithContent(document, "every fraction of a degree worsens the outlook");
        assertEquals("revealing", revealing.getCue().getCoveredText());
        assertEquals("The report", revealing.getSource().getCoveredText());
    }

    @Test
    void theAccusedIsAPersonNotACue() throws Exception {
        Document document = annotate("Trial\nThe accused wanted the confession ruled out, arguing that police had coerced him. "
                + "The accused said he was innocent.", null);
        assertEquals("The accused", claimWithContent(document, "police had coerced him").getSource().getCoveredText());
        Claim said = claimWithContent(document, "he was innocent");
        assertEquals("The accused", said.getSource().getCoveredText());
        assertEquals("said", said.getCue().getCoveredText());
    }

    @Test
    void aParticipleThatDescribesItsNounIsNoCue() throws Exception {
        Document document = annotate("Park\nA group of residents concerned about the town\u2019s proposed building plans for the open "
                + "space on Elm Street are holding a meeting this evening. Vaccines are being delivered, with the outbreak "
                + "widening to 20 confirmed cases as officials warned that the number would rise.", null);
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().contains("building plans")
                || c.getCoveredText().equals("cases")), "\"proposed plans\" and \"confirmed cases\" report nothing");
        assertEquals("officials", claimWithContent(document, "the number would rise").getSource().getCoveredText());
    }

    @Test
    void whoeverATellVerbNamesAfterItListensAndANameKeepsItsCapitals() throws Exception {
        Document document = annotate("Trade\nExports rose by a third last year, Ana Ruiz, head of the Growers' Union (GU), told the "
                + "second Istanbul Economy Summit.\nImports fell sharply in May, Tom Berg, head of the union, told the annual Trade Policy Forum.", null);
        assertEquals("Ana Ruiz", speakerOf(document, "Exports rose by a third last year"), "the summit only listens");
        assertEquals("Tom Berg", speakerOf(document, "Imports fell sharply in May"), "the forum only listens");
        Document setOff = annotate("Plant row\nThe plant closed in May.\nAnna Berg, chief of Norsk Hydro Partners, the group "
                + "running the plant that will close, told Reuters on Friday that the law had been followed.", null);
        assertFalse(claims(setOff).stream().anyMatch(claim -> claim.getSource() != null
                && claim.getSource().getCoveredText().equals("Reuters")), "Reuters was told; it said nothing");
    }

    @Test
    void anExpressedAttitudeReportsWhatFollowsItsLinkingWord() throws Exception {
        Document document = annotate("Talks\nThe minister expressed deep concern over the rising cost of fuel. "
                + "Residents voiced their support for the plan.", null);
        Claim concern = claimWithContent(document, "the rising cost of fuel");
        assertEquals("expressed deep concern", concern.getCue().getCoveredText());
        assertEquals("The minister", concern.getSource().getCoveredText());
        assertEquals("voiced their support", claimWithContent(document, "the plan").getCue().getCoveredText());
    }

    @Test
    void anOpeningPrepositionalPhraseIsNeitherContentNorAnEndOfTheClause() throws Exception {
        Document document = annotate("Trade\nOn her part, Ana Ruiz praised the deal. In a statement, Tom Berg criticised the delay.", null);
        assertEquals("Ana Ruiz", speakerOf(document, "the deal"));
        assertEquals("Tom Berg", speakerOf(document, "the delay"));
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().startsWith("On her part")
                || c.getCoveredText().startsWith("In a statement")), "an adjunct says nothing");
    }

    @Test
    void aMiddleInitialEndsNoSentenceAndABracketClosedInsideStaysInTheContent() throws Exception {
        Document document = annotate("Talks\nHe clarified that the statement, delivered by Ambassador Lewis G. Brown, reflected the "
                + "stance of the group. The minister said the deal was signed by the Exporters Assembly (EA).", null);
        claimWithContent(document, "the statement, delivered by Ambassador Lewis G. Brown, reflected the stance of the group");
        claimWithContent(document, "the deal was signed by the Exporters Assembly (EA)");
    }

    @Test
    void twoInitialsOrATitlesAbbreviationEndNoSentenceAndAnHonorificIsNoBody() throws Exception {
        Document document = annotate("Court\nDefence lawyer A.I. Kamara said the charges were false.\n"
                + "Brig. Tom Hale said the troops were ready.\n"
                + "The minister, H.E. Dahir Gelle, said the attack was cowardly.\n"
                + "The plan came from the U.S. The mayor said it was fair.", null);
        assertEquals("A.I. Kamara", speakerOf(document, "the charges were false"));
        assertEquals("Tom Hale", speakerOf(document, "the troops were ready"));
        Claim attack = claimWithContent(document, "the attack was cowardly");
        assertEquals("Dahir Gelle", attack.getSource().getSpeaker().getName());
        assertEquals(SpeakerType.PERSON, attack.getSource().getSpeaker().getType());
        assertEquals("mayor", speakerOf(document, "it was fair"), "\"the U.S.\" still ends its sentence");
    }

    @Test
    void itAfterAContentIsTheBodyThatOpensIt() throws Exception {
        Document document = annotate("Jobs\nLONDON (Wire) – Acme Holdings will cut 300 jobs in Britain this year, it said on Friday.", null);
        assertEquals("Acme Holdings", speakerOf(document, "Acme Holdings will cut 300 jobs in Britain this year"));
    }

    @Test
    void aRelativeClauseOnTheSourceOfAccordingToIsNoContent() throws Exception {
        Document document = annotate("Tourism\nAccording to councillor Ana Ruiz, who has long worked for the island’s main industry, "
                + "tourism, the island is at a turning point.", null);
        Claim claim = claimWithContent(document, "the island is at a turning point");
        assertEquals("Ana Ruiz", claim.getSource().getSpeaker().getName());
    }

    @Test
    void aCompanysLegalFormAndItsBracketedShortNameEndNoSentence() throws Exception {
        Document document = annotate("Water\nThe manager says Lakeside Utilities Ltd. (LUL) has enough water for the south of the island.", null);
        claimWithContent(document, "Lakeside Utilities Ltd. (LUL) has enough water for the south of the island");
    }

    @Test
    void anIngFormAfterBeIsTheProgressiveWhateverItsTag() throws Exception {
        Document document = annotate("Rivers\nTwo environmental groups are warning of danger to rivers from toxic chemicals.", null);
        Claim warning = claimWithContent(document, "danger to rivers from toxic chemicals");
        assertEquals("Two environmental groups", warning.getSource().getCoveredText());
        assertEquals("warning", warning.getCue().getCoveredText());
    }

    @Test
    void anInvertedReportingClauseBetweenCommasStaysInsideItsClaim() throws Exception {
        Document document = annotate("Parks\nAmong the recent gains, said the agency, are fewer poaching cases and more elephants. "
                + "The plan will fail, said Tom Berg, who led the campaign.", null);
        assertEquals("the agency", claimWithContent(document,
                "Among the recent gains, said the agency, are fewer poaching cases and more elephants").getSource().getCoveredText());
        assertEquals("Tom Berg", speakerOf(document, "The plan will fail"), "a relative clause after the speaker resumes nothing");
    }

    @Test
    void aSayingToComeOrOnlySupposedReportsNothing() throws Exception {
        Document document = annotate("Ruiz: Union rejects deal until Acme responds to demands\n"
                + "The minister will meet the mayor on Monday and will stress the need for new roads.", null);
        assertTrue(claims(document).stream().noneMatch(c -> c.getCue() != null
                && List.of("responds", "stress").contains(c.getCue().getCoveredText())), "nothing has been said yet");
    }

    @Test
    void aSayingReportedInTheFirstPersonInsideAQuotationIsTheQuotationSpeakers() throws Exception {
        Document document = annotate("Trial\n\u201CI told the officer that the car was not mine,\u201D Ana Ruiz said. "
                + "\u201CI thought we would win,\u201D Tom Berg said.", null);
        Claim told = claimWithContent(document, "the car was not mine");
        assertEquals("Ana Ruiz", told.getSource().getSpeaker().getName(), "\"I\" in her quotation is Ana Ruiz");
        assertNotNull(told.getParent(), "nested in her quotation");
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().equals("we would win")),
                "a speaker's own attitude is not split off (FORMAT.md)");
    }

    @Test
    void aParticipleCueThatOpensTheSentenceOrFollowsAVerbHasTheMainSubject() throws Exception {
        Document document = annotate("Talks\nNoting that the interview was full of errors, the ministry strongly condemned the interview.\n"
                + "\u201CThe shop cannot stay open much longer,\u201D Ana Ruiz said noting that sales had halved.", null);
        Claim noting = claimWithContent(document, "the interview was full of errors");
        assertEquals("Noting", noting.getCue().getCoveredText());
        assertEquals("the ministry", noting.getSource().getCoveredText());
        assertEquals("condemned", claimWithContent(document, "the interview").getCue().getCoveredText());
        assertEquals("Ana Ruiz", speakerOf(document, "sales had halved"));
    }

    @Test
    void aDocumentReadsWhatItSays() throws Exception {
        Document document = annotate("Talks\n\u201CThe council has always worked for peace,\u201D reads the statement. "
                + "The mayor read a book on the train.", null);
        assertEquals("the statement", claimWithContent(document, "The council has always worked for peace,").getSource().getCoveredText());
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().contains("book")), "reading a book says nothing");
    }

    @Test
    void anOutletRelayingAReportedQuotationIsNoSourceOfIt() throws Exception {
        Document document = annotate("Tennis\nAda Reyes spoke after the final.\n"
                + "\u201CWe will appeal the ruling,\u201D she said, AP reported.", null);
        assertEquals("Ada Reyes", speakerOf(document, "We will appeal the ruling,"));
        assertTrue(claims(document).stream().noneMatch(c -> c.getCue() != null && c.getCue().getCoveredText().equals("reported")),
                "the quotation has its own reporting clause, so AP only relays it");
    }

    @Test
    void aPronounMayGoBackToANameInAPrepositionalPhraseOfItsOwnSentence() throws Exception {
        Document document = annotate("Football\nCoach Ann Lowe praised her side on Sunday.\n"
                + "In what proved the last game for Mark Dyer before any announcement he said his players would bounce back.", null);
        assertEquals("Mark Dyer", speakerOf(document, "his players would bounce back"),
                "nobody else in the sentence can be \"he\"");
    }

    @Test
    void aReportingNounWithNoClaimantReportsWithNoSource() throws Exception {
        Document document = annotate("Fund\nThe fund faces inquiries amid allegations of graft at its Paris office.\n"
                + "Two groups are warning of danger to rivers.", null);
        Claim graft = claimWithContent(document, "graft at its Paris office");
        assertEquals("allegations", graft.getCue().getCoveredText());
        assertNull(graft.getSource(), "nobody is named as alleging (FORMAT.md, null source)");
        assertTrue(claims(document).stream().noneMatch(c -> c.getSource() == null && c.getCoveredText().startsWith("danger")),
                "\"are warning\" is a verb, whatever its tag");
    }

    @Test
    void aParticipleAfterARelativeClauseHangsOnTheMainClause() throws Exception {
        Document document = annotate("Mines\nMinister Ana Zwane praised the Harbour Accord, which was signed in August, stressing that "
                + "job cuts are a last resort.", null);
        assertEquals("Minister Ana Zwane", claimWithContent(document, "job cuts are a last resort").getSource().getCoveredText());
    }

    @Test
    void courtRolesAndOtherPeopleNamedByWhatTheyAreSpeak() throws Exception {
        Document document = annotate("Trial\nA magistrate has testified that the singer confessed. "
                + "The coroner said the crash was an accident. Health representatives agreed the wait was too long.", null);
        assertEquals("Health representatives", claimWithContent(document, "the wait was too long").getSource().getCoveredText());
        assertEquals("A magistrate", claimWithContent(document, "the singer confessed").getSource().getCoveredText());
        assertEquals("The coroner", claimWithContent(document, "the crash was an accident").getSource().getCoveredText());
    }

    @Test
    void aFullStopWithNoSpaceAfterItStillEndsASentence() throws Exception {
        Document document = annotate("Row\nKelly dared him to call it a lie if it was untrue.The Taoiseach hit back denying "
                + "he said anything of the sort in the Dáil.Micheál Martin said the row was over.", null);
        Claim denying = claimWithContent(document, "he said anything of the sort in the Dáil");
        assertEquals("The Taoiseach", denying.getSource().getCoveredText());
        assertEquals("Micheál Martin", claimWithContent(document, "the row was over").getSource().getCoveredText());
    }

    @Test
    void aDemonstrativeThatOpensNoReportedClause() throws Exception {
        Document document = annotate("Housing\nThe mayor rejected that claim. She denied that report. He argued that prices would fall.", null);
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().equals("claim")),
                "\"rejected that claim\" gives a WordNet verb no reporting frame");
        assertEquals("denied", claimWithContent(document, "that report").getCue().getCoveredText(),
                "the determiner stays in the content (FORMAT.md)");
        assertEquals("argued", claimWithContent(document, "prices would fall").getCue().getCoveredText());
    }

    @Test
    void thePassivesAgentIsTheSource() throws Exception {
        Document document = annotate("Budget\nThe matter was also confirmed by Senator Ann Lee, who was present. "
                + "The man was told by police to plead guilty. Smith was praised by the mayor.", null);
        Claim confirmed = claimWithContent(document, "The matter");
        assertEquals("Senator Ann Lee", confirmed.getSource().getCoveredText(), "the subject is what was confirmed");
        assertEquals("police", claimWithContent(document, "to plead guilty").getSource().getCoveredText(),
                "the subject of \"was told\" is only the person told");
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().equals("Smith")), "a person praised is no content");
    }

    @Test
    void aLightVerbIsNoCueEvenWithAFrame() throws Exception {
        Document document = annotate("Trial\nThe footage gave clear evidence that the case was strong. "
                + "The witness said that the car was red.", null);
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().equals("the case was strong")),
                "\"gave … evidence that\" is no report");
        assertEquals("said", claimWithContent(document, "the car was red").getCue().getCoveredText());
    }

    @Test
    void aLabelBeforeAColonIsNoSpeakerWhenTheLineReportsForItself() throws Exception {
        Document document = annotate("Cuts\nCascade Mills: The paper company said on Feb. 13 that it was closing three plants.\n"
                + "Mayor Ada Okafor: Bridge repairs must wait", null);
        assertEquals("The paper company", claimWithContent(document, "it was closing three plants").getSource().getCoveredText());
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().startsWith("The paper company said")),
                "the label of a list item does not say the item");
        assertEquals("Mayor Ada Okafor", claimWithContent(document, "Bridge repairs must wait").getSource().getCoveredText());
    }

    @Test
    void aPronounAfterALongQuotationGoesBackPastItsSentences() throws Exception {
        Document document = annotate("Exports\nGovernor Ravi Perera spoke to traders on Monday.\n"
                + "\u201CPrices are high. Rates are high. Loans are dear. Firms are slow. Nobody is spared,\u201D he said.\n"
                + "He went on to say that the country imported too much.", null);
        assertEquals("Ravi Perera", speakerOf(document, "the country imported too much"));
    }

    @Test
    void aCompoundRoleWithGeneralIsOneSpeaker() throws Exception {
        Document document = annotate("Waits\nThe former director general of the Health Service Executive has said the plan falls short.", null);
        assertEquals("The former director general of the Health Service Executive",
                claimWithContent(document, "the plan falls short").getSource().getCoveredText());
    }

    @Test
    void aCapitalisedPlaceAndAColonOpeningTheStoryIsADatelineNoSpeaker() throws Exception {
        Document document = annotate("Network back\nKARACHI: Mobile data was being restored on Friday night.\n"
                + "The regulator said the service was back.", null);
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().startsWith("Mobile data")),
                "the dateline says nothing");
        assertTrue(document.getAnnotations().stream().noneMatch(a -> a.getCoveredText().equals("KARACHI")));
        assertEquals("The regulator", claimWithContent(document, "the service was back").getSource().getCoveredText());
    }

    @Test
    void aVerbOfJudgingReportsOnItsObjectWithoutTheAdjunctsOfTheJudging() throws Exception {
        Document document = annotate("Derby day\nCoach Mara Lind praised her players' efforts after the win on Sunday.\n"
                + "The union condemned the lack of funding for rural schools.\n"
                + "Mayor Tom Ellis defended the design, despite the cracks.\n"
                + "Residents welcomed the new park on Monday.\n"
                + "Farmers protested the new tax. Minister Ada Obi highlighted the cost of delay.\n"
                + "The mayor thanked.\nA welcome change came to the mock trial.", null);
        Claim praised = claimWithContent(document, "her players' efforts");
        assertEquals("praised", praised.getCue().getCoveredText());
        assertEquals("Mara Lind", speakerOf(document, "her players' efforts"));
        assertEquals("The union", claimWithContent(document, "the lack of funding for rural schools").getSource().getCoveredText());
        assertEquals("defended", claimWithContent(document, "the design").getCue().getCoveredText());
        assertEquals("welcomed", claimWithContent(document, "the new park").getCue().getCoveredText());
        assertEquals("protested", claimWithContent(document, "the new tax").getCue().getCoveredText());
        assertEquals("Ada Obi", speakerOf(document, "the cost of delay"));
        assertEquals(6, proposals(document), "no object, or a judging word that is no verb, makes no claim: "
                + claims(document).stream().map(Annotation::getCoveredText).toList());
    }

    @Test
    void aVerbInWordNetsToInfinitiveFrameReportsItsObjectAndInfinitive() throws Exception {
        Document document = annotate("Roads\nThe union asked the city council to reopen the road.\n"
                + "Residents implored the mayor to keep the library open.\nThe chef added salt to the soup.", null);
        assertEquals("asked", claimWithContent(document, "the city council to reopen the road").getCue().getCoveredText());
        assertEquals("Residents", speakerOf(document, "the mayor to keep the library open"));
        assertEquals(2, claims(document).size(), "'add' is in no such frame: " + claims(document).stream()
                .map(Annotation::getCoveredText).toList());
    }

    @Test
    void anOpeningParticipialAdjunctIsNoContentButAGerundSubjectIs() throws Exception {
        Document document = annotate("House\nSpeaking at the floor of the House, Minister Ann Lee said like other parties, the "
                + "party also served the country. Raising rates now would be a mistake, the governor said.", null);
        assertEquals("Ann Lee", speakerOf(document, "like other parties, the party also served the country"));
        assertEquals("the governor", claimWithContent(document, "Raising rates now would be a mistake").getSource().getCoveredText());
    }

    @Test
    void theSubjectOfAnOpeningSubordinateClauseIsNotTheSpeakerAfterIt() throws Exception {
        Document document = annotate("Summit\nWhile Ann Lee was upbeat about the plan, delegates noted that the costs would rise.", null);
        for (Claim claim : claims(document)) {
            assertFalse(claim.getSource() != null && claim.getSource().getCoveredText().equals("Ann Lee"), claim.getCoveredText());
        }
    }

    @Test
    void neitherTheAddresseeAfterToNorTheSubjectOfTheContentSpeaks() throws Exception {
        Document document = annotate("Letters\nJulian Gorman, head of the group, in a letter written to Minister Aminul Haq on "
                + "Friday, said he expressed concerns.\nThe talks failed, said the spokesman.", null);
        assertEquals("the spokesman", claimWithContent(document, "The talks failed").getSource().getCoveredText());
        for (Claim claim : claims(document)) {
            String source = claim.getSource() == null ? "" : claim.getSource().getCoveredText();
            assertFalse(source.contains("Haq") || source.equals("he"), claim.getCoveredText() + " by " + source);
        }
    }

    /** One sentence each: who speaks, where a rule about the speaker's phrase decides it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a capitalised -ing word inside a sentence is a name | Port\\n"The harbour is full," Sterling Okoro, a dock manager, said. | The harbour is full, | Sterling Okoro
            an inverted speaker may follow its description | Park\\n"The lawn must stay," said longtime resident Ida Brandt. | The lawn must stay, | Ida Brandt
            a headline's last word (tagged as a preposition) governs nothing below it | Armagh win\\nJohn Smith said the unity was a big factor in their win. | the unity was a big factor in their win | John Smith
            the subject of an absolute clause with 'with' speaks | Budget row\\nThe council approved the plan, with Kevin Hague saying the cuts went too far. | the cuts went too far | Kevin Hague
            a role noun's speaker phrase keeps its 'of' phrase | Network\\nThe authors of the report said the figures were rising. | the figures were rising | authors of the report
            a pronoun goes back to its sentence's main speaker, not to one inside what is said | Talks\\nMinister John Reed said the rival leader was stressing his demands. The plan will stand, he added. | The plan will stand | John Reed
            a clause-opening noun whose 'of' phrase runs up to the cue speaks, not the phrase's object | Court\\nThe registrar of the High Court emphasised that the papers were lost. | the papers were lost | registrar of the High Court
            one of a group speaks for itself | Meeting\\nOne of the officials said that the meeting was off. | the meeting was off | One of the officials
            a clause-opening noun that a past participle describes speaks, not the participle's object | Land\\nFarmers met on Monday. A ministry note dated Monday said the dispute was settled. | the dispute was settled | ministry note dated Monday
            a possessive noun phrase with a participle phrase speaks as one | Wells\\nFarmers met on Monday. The village's petition submitted to the ministry said that the wells were dry. | the wells were dry | village's petition submitted to the ministry
            a verb in -s the tagger takes for a plural noun still reports after a relative clause | Pumps\\nFarmers met on Monday. Eric Mangar, who ran the project, insists that the pumps work. | the pumps work | Eric Mangar
            an -s verb the tagger takes for a noun still reports after a bare name that opens the sentence | Dock\\nFarmers met on Monday.\\nLantern reports that the dock will close. | the dock will close | Lantern
            an -s verb the tagger takes for a noun still reports when it ends the sentence after a comma and a name | Dock\\nFarmers met on Monday. The dock will close in May, Tellex News reports. | The dock will close in May | Tellex News
            an eager adjective before 'to' leaves the cue its subject | Budget\\nFarmers met on Monday. Minister Ann Roe was quick to point out that the plan would fail. | the plan would fail | Ann Roe
            a seized opportunity before 'to' leaves the cue its subject | Budget\\nFarmers met on Monday. Minister Ann Roe took the opportunity to warn that the plan would fail. | the plan would fail | Ann Roe
            a noun with its 'of' phrase speaks through an auxiliary before an -ing cue | Park\\nFarmers met on Monday. A coalition of green groups is demanding that the park be saved. | the park be saved | coalition of green groups
            one of those a participle describes speaks | Noise\\nBars stayed open. One of those reportedly affected by the noise said the bars never close. | the bars never close | One of those reportedly affected by the noise
            a nominal after a quotation's comma and its cue speaks | Mine\\n"The ponds have space," said the mining inspector. | The ponds have space, | the mining inspector
            an -ing modifier may stand before an inverted speaker's title | Mine\\n"The ponds have space," said mining inspector Ana Semba. | The ponds have space, | Ana Semba
            a lower-case word the tagger calls a particle may describe an inverted speaker | Vote\\n“No means no,” said radio personality Gary Sword as he encouraged the people to speak up. | No means no, | Gary Sword
            a pronoun may go back to a possessive's owner when nobody else in its sentence fits | Tonga\\nKefu’s side have been in camp for a fortnight and he said they always feel at home. | they always feel at home | Kefu
            a name with a relative clause set off by commas before the cue speaks | Cup\\n"We all played our part," Ivo Samant, who was appointed coach this season, said. | We all played our part, | Ivo Samant
            a quotation whose opening mark the writer dropped still belongs to the speaker after it | Cup\\nThe coach was unhappy.\\nWe could not get all our players,” said Tom Shosa. | We could not get all our players, | Tom Shosa
            """)
    void theSpeakersPhraseIsFound(String rule, String text, String content, String speaker) throws Exception {
        assertEquals(speaker, speakerOf(annotate(text.replace("\\n", "\n"), null), content), rule);
    }

    @Test
    void aGerundOrASplitInfinitiveIsWhatWasSaid() throws Exception {
        Document document = annotate("Shop news\nThe fees rose.\nGuard Tom Reyes admitted stealing the items from the shop.\n"
                + "Mayor Ann Roe vowed to fully reopen the road.", null);
        assertEquals("admitted", claimWithContent(document, "stealing the items from the shop").getCue().getCoveredText());
        assertEquals("vowed", claimWithContent(document, "to fully reopen the road").getCue().getCoveredText());
        assertEquals("Ann Roe", speakerOf(document, "to fully reopen the road"));
    }

    @Test
    void askingForSomethingIsACallForIt() throws Exception {
        Document document = annotate("Court news\nThe fees rose.\nJudge Ann Roe asked for the case to be adjourned.", null);
        Claim request = claimWithContent(document, "the case to be adjourned");
        assertEquals("asked for", request.getCue().getCoveredText());
        assertEquals("Ann Roe", request.getSource().getSpeaker().getName());
    }

    @Test
    void aJudgedObjectEndsBeforeACoordinatedVerb() throws Exception {
        Document document = annotate("Cup news\nThe fees rose.\nCoach Ann Roe praised the young keeper and named him captain.", null);
        assertEquals("praised", claimWithContent(document, "the young keeper").getCue().getCoveredText());
    }

    @Test
    void aPledgeOrPromiseReportsItsNounPhraseObjectAsWellAsItsInfinitive() throws Exception {
        Document document = annotate("Drought aid\nGovernor Ann Roe pledged support for the farmers on Monday.\n"
                + "The minister promised to build a bridge.", null);
        Claim pledge = claimWithContent(document, "support for the farmers");
        assertEquals("pledged", pledge.getCue().getCoveredText());
        assertEquals("Ann Roe", pledge.getSource().getSpeaker().getName());
        assertEquals("promised", claimWithContent(document, "to build a bridge").getCue().getCoveredText());
    }

    @Test
    void aParticipleOfSayingSetOffByACommaReportsItsNounPhraseObjectAndEndsTheClaimBeforeIt() throws Exception {
        Document document = annotate("Trial adjourned\nThe witness asked for an adjournment, citing high blood pressure.", null);
        Claim citing = claimWithContent(document, "high blood pressure");
        assertEquals("citing", citing.getCue().getCoveredText());
        assertEquals("The witness", citing.getSource().getCoveredText());
        assertEquals("asked for", claimWithContent(document, "an adjournment").getCue().getCoveredText());
    }

    @Test
    void explainingOrAdmittingReportsTheNounPhraseObject() throws Exception {
        Document document = annotate("Outage\nWater board director Tom Hale has explained the reason for the outage.\n"
                + "The driver admitted the offence.", null);
        assertEquals("explained", claimWithContent(document, "the reason for the outage").getCue().getCoveredText());
        assertEquals("admitted", claimWithContent(document, "the offence").getCue().getCoveredText());
    }

    @Test
    void aVerbMostlyOfSayingReportsItsNounPhraseObject() throws Exception {
        Document document = annotate("Talks\nThe minister clarified the council's position on Monday.\n"
                + "The firm received the payment on Monday.", null);
        Claim claim = claimWithContent(document, "the council's position");
        assertEquals("clarified", claim.getCue().getCoveredText());
        assertEquals("The minister", claim.getSource().getCoveredText());
        assertEquals(1, proposals(document), "'receive' mostly means getting, not saying: no claim");
    }

    @Test
    void anOpeningPrepositionalPhraseBeforeAClauseIsAFrame() throws Exception {
        Document document = annotate("News\nHe added with the rise of false news, people should stay calm.\n"
                + "They were protesting with cows in the city, where a debate started.", null);
        assertEquals("He", claimWithContent(document, "with the rise of false news, people should stay calm")
                .getSource().getCoveredText());
        assertEquals(1, claims(document).size(), "a relative clause after the comma is no clause of the protest");
    }

    @Test
    void accordingToAfterAnAdverbialOrAConjunctionReportsWhatFollows() throws Exception {
        Document document = annotate("Raid\nIn particular, according to Ms Lee, residents received money.\n"
                + "The group first appeared in 2013 and, according to police, has targeted banks.\n"
                + "No deaths so far, according to police.", null);
        assertEquals("Ms Lee", claimWithContent(document, "residents received money").getSource().getCoveredText());
        assertEquals("police", claimWithContent(document, "has targeted banks").getSource().getCoveredText());
        assertEquals("police", claimWithContent(document, "No deaths so far").getSource().getCoveredText());
    }

    @Test
    void aPluralPersonNounIsAGroupThatSheCannotMean() throws Exception {
        Document document = annotate("Raid\nThe armed men said the house was empty. She added that the raid was over.", null);
        Speaker speaker = claimWithContent(document, "the raid was over").getSource().getSpeaker();
        assertFalse(speaker != null && speaker.getName().equals("armed men"), "she is not the armed men");
    }

    @Test
    void aShortBracketAfterANameKeepsItTheSpeaker() throws Exception {
        Document document = annotate("Cyber\nThe state is under constant attack, minister Andres Sutt (Reform) says. "
                + "The pandemic has raised the danger, he added.", null);
        assertEquals("minister Andres Sutt", claimWithContent(document, "The state is under constant attack").getSource().getCoveredText());
        assertEquals("Andres Sutt", speakerOf(document, "The pandemic has raised the danger"));
    }

    @Test
    void aContrastAfterAReportingClauseIsNoContentOfIt() throws Exception {
        Document document = annotate("Cyber\nThe danger rose, he added, while 2020 saw a record level of attacks, according to "
                + "the agency.", null);
        assertEquals("he", claimWithContent(document, "The danger rose").getSource().getCoveredText());
        assertEquals("the agency", claimWithContent(document, "2020 saw a record level of attacks").getSource().getCoveredText());
    }

    @Test
    void aSecondPresentCueAfterACommaReportsForTheSameSubject() throws Exception {
        Document document = annotate("Ranking\nThe state council rejects its virus ranking, says it should be red.", null);
        assertEquals("The state council", claimWithContent(document, "its virus ranking").getSource().getCoveredText());
        assertEquals("The state council", claimWithContent(document, "it should be red").getSource().getCoveredText());
    }

    @Test
    void theOneToldOnlyListensAndTheParticipleAfterItIsTheTellers() throws Exception {
        Document document = annotate("Trial\nThe two were separated at the time, he told the court adding that she had seen a lawyer.", null);
        assertEquals("he", claimWithContent(document, "The two were separated at the time").getSource().getCoveredText());
        assertEquals("he", claimWithContent(document, "she had seen a lawyer").getSource().getCoveredText());
    }

    @Test
    void aParticipleCueRightAfterTheCueReportsAnew() throws Exception {
        Document document = annotate("Runway\nThe runway is long, he said adding that prices may fall.", null);
        assertEquals("said", claimWithContent(document, "The runway is long").getCue().getCoveredText());
        assertEquals("adding", claimWithContent(document, "prices may fall").getCue().getCoveredText());
        assertEquals(2, claims(document).size(), "no claim 'adding that prices may fall' for 'said'");
    }

    @Test
    void aCountryLabellingAHeadlineSaysNothing() throws Exception {
        Document document = annotate("Mozambique: No Elephants Poached in Niassa Reserve\n"
                + "The agency said no elephant was poached in Mozambique this year.", null);
        assertEquals(1, claims(document).size(), "the country labels the story: " + claims(document).stream().map(Annotation::getCoveredText).toList());
        Document person = annotate("PM Lee: Ministers must expect sharper questioning\nThe debate went on.", null);
        assertEquals("PM Lee", claimWithContent(person, "Ministers must expect sharper questioning").getSource().getCoveredText());
    }

    @Test
    void aNounPhraseContentEndsBeforeAContrastingClause() throws Exception {
        Document document = annotate("Plan\nThe mayor defended the plan but residents want more.", null);
        assertEquals("The mayor", claimWithContent(document, "the plan").getSource().getCoveredText());
    }

    @Test
    void aQuotationOpeningItsSentenceHandsOverWithoutAComma() throws Exception {
        Document document = annotate("Port\n\"The harbour will be open again by May\" announced Ana Ruiz.", null);
        Claim claim = claimWithContent(document, "The harbour will be open again by May");
        assertEquals("Ana Ruiz", claim.getSource().getCoveredText());
        assertEquals("announced", claim.getCue().getCoveredText());
    }

    @Test
    void aSpeakerWithAPrepositionalPhraseAfterTheContentSpeaks() throws Exception {
        Document document = annotate("Pumps\nThe pumps failed overnight, Maria Lopez of the regional water board told the radio station.\n"
                + "The harbour will open again in May, a source in the town says.", null);
        assertEquals("Maria Lopez", claimWithContent(document, "The pumps failed overnight").getSource().getCoveredText());
        assertEquals("a source in the town", claimWithContent(document, "The harbour will open again in May").getSource().getCoveredText());
        Document study = annotate("Coffee\nA new study in the Medical Journal says coffee drinkers live longer.", null);
        assertEquals("A new study", claimWithContent(study, "coffee drinkers live longer").getSource().getCoveredText(),
                "before its cue, 'in' places the report");
    }

    @Test
    void aNominalWithARelativeClauseAfterTheQuotationsCueSpeaks() throws Exception {
        Document document = annotate("Noise\n\"We cannot sleep,\" said another resident who had lodged a complaint.", null);
        assertEquals("another resident", claimWithContent(document, "We cannot sleep,").getSource().getCoveredText());
    }

    @Test
    void accordingToASourceWithItsDescriptionReportsWhatFollowsItsComma() throws Exception {
        Document document = annotate("Port\nAccording to a survey conducted by the Chamber of Commerce among members, companies are satisfied with the port.", null);
        Claim claim = claimWithContent(document, "companies are satisfied with the port");
        assertTrue(claim.getSource().getCoveredText().contains("Chamber"), claim.getSource().getCoveredText());
    }

    @Test
    void aNounCueNamingItsSpeakerOwnsTheClauseAfterIt() throws Exception {
        Document document = annotate("Port\nThe court dismissed the defence argument that the deadline had passed.\n"
                + "The minister rejected the allegations of the Green Party that the port was unsafe.\n"
                + "Despite US assurances that the port is safe, the ships stayed away.", null);
        assertEquals("the defence", claimWithContent(document, "the deadline had passed").getSource().getCoveredText());
        assertEquals("the Green Party", claimWithContent(document, "the port was unsafe").getSource().getCoveredText());
        assertEquals("US", claimWithContent(document, "the port is safe").getSource().getCoveredText());
        Document view = annotate("Park\nThe residents expressed the view that the park is too small.", null);
        assertEquals("expressed", claimWithContent(view, "the park is too small").getCue().getCoveredText());
    }

    @Test
    void reportsSpeakLikeAReport() throws Exception {
        Document document = annotate("Port\nIn the north, reports say the port is safe.", null);
        assertEquals("reports", claimWithContent(document, "the port is safe").getSource().getCoveredText());
    }

    @Test
    void aCountryTakenForANameIsNobodysHe() throws Exception {
        Document document = annotate("Expo\nFeno Rakoto, a trade official, spoke at the fair on Monday. According to him, "
                + "Madagascar will send a delegation to the expo.\n\"It is a chance for us,\" he said.", null);
        assertEquals("Feno Rakoto", speakerOf(document, "It is a chance for us,"));
    }

    @Test
    void anAuthorityIsAnOrganisationThatItReportsFor() throws Exception {
        Document document = annotate("Port\nThe port authority said the berth was closed. It added that the ships would wait.", null);
        assertEquals("port authority", speakerOf(document, "the ships would wait"));
    }

    @Test
    void aJudgedObjectKeepsItsRelativeClauseAndWhatItIsJudgedAs() throws Exception {
        Document document = annotate("Port\nThe minister welcomed the investment, which will create 200 jobs in the port.\n"
                + "The government condemns the latest attack as barbaric and inhumane.\n"
                + "The coach praised his players as the ship sailed.", null);
        assertEquals("The minister", claimWithContent(document, "the investment, which will create 200 jobs in the port").getSource().getCoveredText());
        assertEquals("condemns", claimWithContent(document, "the latest attack as barbaric and inhumane").getCue().getCoveredText());
        assertEquals("praised", claimWithContent(document, "his players").getCue().getCoveredText(), "a clause after 'as' is the writer's");
    }

    @Test
    void aJudgedObjectKeepsTheAppositionOnItsName() throws Exception {
        Document document = annotate("Squad\nThe coach praised the late call-up of Leo Park, a winger with few club minutes.\n"
                + "The mayor thanked Ana Ruiz, despite the delays.", null);
        claimWithContent(document, "the late call-up of Leo Park, a winger with few club minutes");
        claimWithContent(document, "Ana Ruiz");
    }

    @Test
    void aForecastOrProposalReportsItsObject() throws Exception {
        Document document = annotate("Plan\nThe finance ministry has forecast just 0.5 percent growth this year.\n"
                + "The prosecutor proposed a suspended sentence for the driver.", null);
        assertEquals("forecast", claimWithContent(document, "just 0.5 percent growth").getCue().getCoveredText());
        assertEquals("The prosecutor", claimWithContent(document, "a suspended sentence for the driver").getSource().getCoveredText());
    }

    @Test
    void whereItWasSaidIsNoContent() throws Exception {
        Document document = annotate("Port\nThe minister said in a statement the port would reopen.\n"
                + "Researchers said in the Journal of Medicine they observed fewer infections.", null);
        assertEquals("The minister", claimWithContent(document, "the port would reopen").getSource().getCoveredText());
        assertEquals("Researchers", claimWithContent(document, "they observed fewer infections").getSource().getCoveredText());
    }

    @Test
    void theOneToldIsNoContent() throws Exception {
        Document document = annotate("Exports\nAli Demir, chairman of the assembly, told the trade conference on Monday.\n"
                + "He told reporters the port was closed.", null);
        assertEquals(List.of("the port was closed"), claims(document).stream().map(Annotation::getCoveredText).toList());
    }

    @Test
    void aParticipleThatWorksAsAPrepositionOpensNoClauseAfterTheOneTold() throws Exception {
        Document document = annotate("Tariffs\nThe tariffs will stay in place until June, Trade Minister Ana Ruiz told reporters following "
                + "the meeting.", null);
        Claim tariffs = claimWithContent(document, "The tariffs will stay in place until June");
        assertEquals("Trade Minister Ana Ruiz", tariffs.getSource().getCoveredText());
        assertEquals(1, claims(document).size(), "no claim 'reporters following the meeting'");
    }

    @Test
    void aNameInBracketsAtTheHeadlinesEndSaysIt() throws Exception {
        Document document = annotate("World Cup: Breaking into the office threatens national security (Ana Ruiz)\n"
                + "The spokesperson spoke on Monday.", null);
        Claim claim = claimWithContent(document, "Breaking into the office threatens national security");
        assertEquals("Ana Ruiz", claim.getSource().getCoveredText());
        assertEquals(1, claims(document).size(), "the label names no speaker and the verb no other claim");
    }

    @Test
    void whereAndWhenAfterAPostposedReportingClauseEndNoContent() throws Exception {
        Document document = annotate("Court\nAmong those arrested was the former president of the court, "
                + "the prosecutor's office said in a series of posts on social media early yesterday.", null);
        assertEquals("the prosecutor's office",
                claimWithContent(document, "Among those arrested was the former president of the court").getSource().getCoveredText());
    }

    @Test
    void aParticipleSetOffBeforeTheCueReportsNothingOfItsOwn() throws Exception {
        Document document = annotate("Port\nJudge Ana Ruiz, when announcing the verdict, said that the port was closed.", null);
        assertEquals("Judge Ana Ruiz", claimWithContent(document, "the port was closed").getSource().getCoveredText());
    }

    @Test
    void aVerbAndItsLinkingWordReportWhatTheyAreAbout() throws Exception {
        Document document = annotate("Port\nThe members also inquired about the reason for the outage.\n"
                + "Residents are complaining about noise levels from local bars.\n"
                + "The group is referred to as the Harbour Gang.", null);
        assertEquals("inquired about", claimWithContent(document, "the reason for the outage").getCue().getCoveredText());
        assertEquals("Residents", claimWithContent(document, "noise levels from local bars").getSource().getCoveredText());
        assertEquals(2, claims(document).size(), "'referred to as' names, nobody speaks");
    }

    @Test
    void anArabicNameWithItsArticleInLowerCaseIsAName() throws Exception {
        Document document = annotate("Port\nRegarding the shortage of staff, al-Khatib said that 614 people were employed this year.\n"
                + "Ali Saleh al-Omair told reporters that prices would rise.", null);
        assertEquals("al-Khatib", claimWithContent(document, "614 people were employed this year").getSource().getCoveredText());
        assertEquals("Ali Saleh al-Omair", claimWithContent(document, "prices would rise").getSource().getCoveredText());
    }

    @Test
    void aTitleOfTheBodyItHeadsBeforeANameIsOnePerson() throws Exception {
        Document document = annotate("Port\nThe terms remain the same, Deputy Director of the Hi-Tech Park Kirill Zalessky told the media.\n"
                + "The President of the National Farmers Association, Philip Isack, said the fee was doubled.", null);
        assertEquals("Deputy Director of the Hi-Tech Park Kirill Zalessky",
                claimWithContent(document, "The terms remain the same").getSource().getCoveredText());
        assertEquals("The President of the National Farmers Association, Philip Isack",
                claimWithContent(document, "the fee was doubled").getSource().getCoveredText(), "a title and its body before an apposition");
    }

    @Test
    void aWordTaggedAsAVerbBeforeAPostposedSpeakerBelongsToHisNounPhrase() throws Exception {
        Document document = annotate("Port\nThe port reopened.\n\u201cThe damage is enormous,\u201d said resident Abdou Mora.", null);
        Claim claim = claimWithContent(document, "The damage is enormous,");
        assertEquals("said", claim.getCue().getCoveredText());
        assertEquals("Abdou Mora", claim.getSource().getCoveredText());
    }

    @Test
    void aNationalityIsNobodysHeEvenWhereTheTaggerTakesItForAName() throws Exception {
        Document document = annotate("Turkish business world eyes $200B in exports\n"
                + "Over the last five years Turkish exporters boosted their exports from $150 billion to $170 billion, "
                + "Ali Demir, chairman of the Turkish Exporters Assembly, told the summit on Monday.\n"
                + "\"Exports climbed thanks to reforms,\" he added.\n"
                + "Yildirim also said Turkish businesspeople can invest around the world.", null);
        assertEquals("Ali Demir", speakerOf(document, "Exports climbed thanks to reforms,"));
        assertEquals(List.of(), claimWithContent(document, "Exports climbed thanks to reforms,").getSource().getSpeaker().getAliases(),
                "'told the summit': the summit listens, it is not the speaker's other name");
    }

    @Test
    void aTitleWithItsPossessorAfterANameDescribesThatName() throws Exception {
        Document document = annotate("Google appeals EU fine\nAt the time that the fine was imposed, Margrethe Vestager, "
                + "the European Union's Competition Commissioner said that Google's activity was \"illegal under EU antitrust rules\".\n"
                + "\u201cPeople need to access medical help to find out why they are sick,\u201d Odete da Silva Viegas, "
                + "Timor-Leste\u2019s Director of General Health Services told a press conference on Saturday.", null);
        assertEquals("Margrethe Vestager", speakerOf(document, "Google's activity was \"illegal under EU antitrust rules\""));
        Claim quoted = claimWithContent(document, "People need to access medical help to find out why they are sick,");
        assertEquals("Odete da Silva Viegas", quoted.getSource().getCoveredText());
        assertEquals("told", quoted.getCue().getCoveredText());
    }

    @Test
    void aTeamNamedWithTheIsNobodysHeAndATitleAfterAQuotationIsNoVerb() throws Exception {
        Document document = annotate("Tunisian players react\n"
                + "\"The match against Algeria was tough in all respects,\" forward Zouheir Dhaouadi told reporters.\n"
                + "The Carthage Eagles had faced a lot of pressure. "
                + "\"However, we compensated that with our physical superiority,\" he said.", null);
        Claim tough = claimWithContent(document, "The match against Algeria was tough in all respects,");
        assertEquals("forward Zouheir Dhaouadi", tough.getSource().getCoveredText(), "forward/VERB is his title");
        assertEquals("Zouheir Dhaouadi", speakerOf(document, "However, we compensated that with our physical superiority,"));
    }

    @Test
    void aNameSetOffAfterAnObliqueNounPhraseIsNoSubjectForAPronoun() throws Exception {
        Document document = annotate("Budget approved\n"
                + "Once greeted by the Speaker of the House, Mr Keith Biles, the Acting Governor Dave Morgan gave the annual address.\n"
                + "He praised the country on its first full tourism season.\n"
                + "Speaking to Inforpress, the vice president of the Local Community Association, Rary Varela, described "
                + "the situation as being \u201cvery complicated\u201d.\n"
                + "\u201cWe know that the water flow has dropped a lot in recent years,\u201d he said.", null);
        assertEquals("Dave Morgan", speakerOf(document, "the country on its first full tourism season"));
        assertEquals("Rary Varela", speakerOf(document, "We know that the water flow has dropped a lot in recent years,"),
                "the subject after an opening phrase is no apposition");
    }

    @Test
    void aBareRoleAndATitledNameAreOnePersonNotAGroup() throws Exception {
        Document document = annotate("Housing plan\nMayor Ann Collins argued that the site was isolated.\n"
                + "Labour councillor and former Mayor Kieran Doyle said he was in favour of the plan.\n"
                + "He claimed the development was a mistake.\n"
                + "Minister of Transport and Works Paul Obi said the road would reopen in May.", null);
        Claim favour = claimWithContent(document, "he was in favour of the plan");
        assertEquals("Kieran Doyle", favour.getSource().getSpeaker().getName());
        assertEquals("PERSON", favour.getSource().getSpeaker().getType().getName());
        assertEquals("Kieran Doyle", speakerOf(document, "the development was a mistake"), "he is the councillor, not the mayor before him");
        assertTrue(speakerOf(document, "the road would reopen in May").endsWith("Paul Obi"),
                "the portfolio's 'and' joins no second speaker");
        assertEquals("PERSON", claimWithContent(document, "the road would reopen in May").getSource().getSpeaker().getType().getName());
        Document two = annotate("Housing plan\nThe mayor and former Mayor Kieran Doyle said they were in favour.", null);
        assertEquals("GROUP", claimWithContent(two, "they were in favour").getSource().getSpeaker().getType().getName(),
                "with an article of its own the first role is a second person");
    }

    @Test
    void aSingularPronounPassesOverNamesListedTogether() throws Exception {
        Document document = annotate("Strike widens\nUnion leader Riku Aalto spoke to reporters on Monday.\n"
                + "The union said workers at plants of firms including ABB, Kone, Metso and Valmet would strike.\n"
                + "\u201cWe will not stop,\u201d he declared.\n"
                + "Coach Ann Roe met the press after the game.\n"
                + "The squad of Mia Dua, Eva Bah and Lena Obi flew home on Sunday. She said the team would be back.", null);
        assertEquals("Riku Aalto", speakerOf(document, "We will not stop,"), "not Kone, the second of four firms");
        assertEquals("Ann Roe", speakerOf(document, "the team would be back"), "not one of the players listed");
    }

    @Test
    void aRelativeThatOnTheObjectIsNoReportingFrameForAGeneratedVerb() throws Exception {
        Document document = annotate("Refinery\nThe plant closed in May.\nHydro Partners is leading the project "
                + "that will expand the refinery. Chief Ann Berg said the law had been followed.", null);
        assertEquals("said", claimWithContent(document, "the law had been followed").getCue().getCoveredText());
        assertFalse(claims(document).stream().anyMatch(claim -> claim.getCue() != null
                && claim.getCue().getCoveredText().equals("leading")), "the project that will expand: nothing is reported");
    }

    @Test
    void theOneAskedMayHaveAnOfPhraseBeforeTheInfinitive() throws Exception {
        Document document = annotate("Road works\nThe road closed in May.\nMayor Ann Roe asked the ministry of transport "
                + "to reopen the road.\nThe traders asked the council and the police to act now.", null);
        assertEquals("Ann Roe", speakerOf(document, "the ministry of transport to reopen the road"));
        assertEquals("The traders", claimWithContent(document, "the council and the police to act now").getSource().getCoveredText());
    }

    @Test
    void aTitleQuotedInsideAnOpeningAdjunctIsNoQuotationOfTheSpeaker() throws Exception {
        Document document = annotate("Airline\nFlights were cut.\nIn his interview to LTV programme \u201cMorning Panorama\u201d, "
                + "Minister Karlis Berg said the airline would need new managers.", null);
        assertEquals("Karlis Berg", speakerOf(document, "the airline would need new managers"));
        assertFalse(claims(document).stream().anyMatch(claim -> claim.getCoveredText().startsWith("In his interview")),
                "the interview is where he spoke, not what he said");
    }

    @Test
    void namesAfterAnOrganisationsOfAndAndAreItsPortfolio() throws Exception {
        Document document = annotate("Dengue\nCases rose in May.\nThe Ministry of Health and Wellness is advising the public "
                + "to remain vigilant. The figure, it notes, is above last year's.\n"
                + "The Ministry of Land Management, Urban Planning and Construction said the claims were rejected.", null);
        Claim advising = claimWithContent(document, "the public to remain vigilant");
        assertEquals("ORGANIZATION", advising.getSource().getSpeaker().getType().getName());
        assertEquals("Ministry of Health and Wellness", advising.getSource().getSpeaker().getName());
        assertEquals("Ministry of Health and Wellness", claims(document).stream()
                .filter(claim -> claim.getCue() != null && claim.getCue().getCoveredText().equals("notes")).findFirst()
                .orElseThrow().getSource().getSpeaker().getName(), "it is the ministry");
        assertEquals("ORGANIZATION", claimWithContent(document, "the claims were rejected").getSource().getSpeaker().getType().getName());
    }

    @Test
    void anAcronymOrABrandBeforeATitleOpensAHeadlineSpeaker() throws Exception {
        Document it = annotate("IT Minister: State under near constant cyber attack\nThe minister spoke to reporters on Monday.", null);
        assertEquals("IT Minister", claimWithContent(it, "State under near constant cyber attack").getSource().getCoveredText());
        Document brand = annotate("WhatsApp CEO on User Concerns: Respect for Privacy Is Coded into Our DNA\n"
                + "The company spoke to reporters on Monday.", null);
        assertEquals("WhatsApp CEO", claimWithContent(brand, "Respect for Privacy Is Coded into Our DNA").getSource().getCoveredText());
    }

    @Test
    void aHeadlineMayDropTheCommaBeforeItsReportingClause() throws Exception {
        Document cheap = annotate("Very cheap goals says Drago\nThe coach spoke to reporters on Monday.", null);
        assertEquals("Drago", claimWithContent(cheap, "Very cheap goals").getSource().getCoveredText());
        Document village = annotate("My goal is to take the game to every village: says Somali FA president\n"
                + "The president spoke to reporters on Monday.", null);
        assertEquals("Somali FA president",
                claimWithContent(village, "My goal is to take the game to every village").getSource().getCoveredText());
    }

    @Test
    void membersOfParliamentAreTitledPeople() throws Exception {
        Document document = annotate("Fees row\nThe firm Vantix started selling satellites in 2019. Vantix is big.\n"
                + "Labour MP Tom Reyes said the rates rose.\n"
                + "In her question, MP Anna Wells asked how the fees would be cut. "
                + "She pointed out that the fees are the highest in the region.", null);
        assertEquals("Tom Reyes", speakerOf(document, "the rates rose"));
        assertEquals("Anna Wells", speakerOf(document, "how the fees would be cut"));
        assertEquals("Anna Wells", speakerOf(document, "the fees are the highest in the region"),
                "the MP who just spoke, not the firm named twice, is she");
    }

    @Test
    void thePersonToldIsNoContent() throws Exception {
        Document document = annotate("Road closed\nThe mayor told the residents to leave the area. "
                + "Officials told us not to raise prices.\nHe told reporters the plan would work.", null);
        claimWithContent(document, "to leave the area");
        claimWithContent(document, "not to raise prices");
        assertEquals("told", claimWithContent(document, "the plan would work").getCue().getCoveredText(),
                "reporters/VERB after a tell verb is the people told");
    }

    @Test
    void aJudgedObjectKeepsATimeThatOwnsSomethingAndLosesAllOfATimeAdjunct() throws Exception {
        Document document = annotate("Budget speech\nHe commended the successful vote and last year\u2019s busy diplomacy season.\n"
                + "The governor commended the work of the Environment Department this past year with the park.", null);
        claimWithContent(document, "the successful vote and last year\u2019s busy diplomacy season");
        claimWithContent(document, "the work of the Environment Department");
    }

    @Test
    void aMixedContentRunsOnPastItsClosingMark() throws Exception {
        Document document = annotate("Final lost\nThe coach has admitted that \u201ceverything went wrong\u201d for his team in the final.\n"
                + "Smith said \u201cthe plan is dead.\u201d He left.", null);
        assertEquals(ClaimType.MIXED, claimWithContent(document, "\u201ceverything went wrong\u201d for his team in the final").getType());
        assertEquals(ClaimType.DIRECT, claimWithContent(document, "the plan is dead.").getType());
    }

    @Test
    void aDatelineWithNoDashAfterItsAgencyOrWithADotDashNamesNobody() throws Exception {
        Document agency = annotate("Rivals are brave, says coach\nLima, June 15 (IANS) Pedro Alvarez, coach of the national team, "
                + "said the rivals were strong.\nHe said the rivals were fast, the agency reported.", null);
        assertEquals("Pedro Alvarez", speakerOf(agency, "the rivals were fast"));
        Document dotDash = annotate("Rivers first\nSan Cristobal, .- The rivers must be a priority, said Environment minister "
                + "Rosa Dominguez.\nShe warned that the rivers are drying up.", null);
        assertEquals("Rosa Dominguez", speakerOf(dotDash, "the rivers are drying up"));
    }

    @Test
    void aPassiveWithNoAuxiliaryReportsWithNoSource() throws Exception {
        Document document = annotate("Suspects jailed\nA judge ruled that 13 activists, accused of involvement in several bombings, "
                + "must await trial.\nThe firm, accused of polluting the river Revue, was closed.", null);
        Claim bombings = claimWithContent(document, "involvement in several bombings");
        assertEquals("accused", bombings.getCue().getCoveredText());
        assertNull(bombings.getSource(), "nobody is named as the accuser");
        claimWithContent(document, "polluting the river Revue");
    }

    @Test
    void thePersonAskedIsNoContent() throws Exception {
        Document document = annotate("Court case\nThe magistrate asked him if he was being fed well.\n"
                + "The officer asked the driver whether she needed help.", null);
        claimWithContent(document, "if he was being fed well");
        claimWithContent(document, "whether she needed help");
    }

    @Test
    void aQuotationsSpeakerIsTheWholeNounPhraseNotTheBodyInsideIt() throws Exception {
        Document document = annotate("Canal news\nThe fees rose.\n\u201cWe will win,\u201d the chairman of the board said.", null);
        assertEquals("the chairman of the board", claimWithContent(document, "We will win,").getSource().getCoveredText());
    }

    @Test
    void aLongListenerAfterATellVerbStillEndsTheReportingClause() throws Exception {
        Document document = annotate("Export news\nThe fees rose.\nExporters boosted their exports, Ismail Gulle, chairman of the "
                + "assembly, told the second Istanbul Economy Summit on Dec. 14.", null);
        assertEquals("Ismail Gulle", claimWithContent(document, "Exporters boosted their exports").getSource().getCoveredText());
        Document hosted = annotate("Park news\nThe fees rose.\nThe terms remain the same, Ismail Gulle told the media following the "
                + "meeting hosted by the President, the agency has learned.", null);
        assertEquals("Ismail Gulle", claimWithContent(hosted, "The terms remain the same").getSource().getCoveredText(),
                "a participle that works as a preposition, or one that describes its noun, makes no clause");
    }

    @Test
    void aQuoteWithNoCueAfterASentenceAboutSomeoneIsTheirs() throws Exception {
        Document document = annotate("Coach hails workrate\nCounty team manager Paul Dunne was extremely pleased with the workrate of the team.\n"
                + "\"We were very happy with the workrate. Everyone is learning.\"\nThe next match is in May.\n"
                + "\"It was a long season.\"", null);
        Claim happy = claimWithContent(document, "We were very happy with the workrate. Everyone is learning.");
        assertEquals("Paul Dunne", happy.getSource().getSpeaker().getName());
        assertNull(claimWithContent(document, "It was a long season.").getSource(), "a sentence about a match names no one");
    }

    @Test
    void aCueWithItsOwnThatClauseDoesNotReportTheQuotationBeforeIt() throws Exception {
        Document document = annotate("Health news\nThe fees rose.\nIn an interview on the show \u201cVision 2030,\u201d Minister Abiad "
                + "confirmed that most medications are available.\n\u201cWe will win,\u201d the coach said that night.", null);
        assertEquals(List.of("most medications are available", "We will win,"),
                claims(document).stream().map(Claim::getCoveredText).toList());
    }

    @Test
    void aLongTitleAndTheNameInAppositionAfterItAreOnePerson() throws Exception {
        Document document = annotate("Vote was fair\nThe deputy director general for media of the national campaign organisation of the party, "
                + "Senator Jane Okoro, said the vote was fair.\nShe said the count took two days.", null);
        assertEquals("Jane Okoro", speakerOf(document, "the vote was fair"));
        assertEquals("Jane Okoro", speakerOf(document, "the count took two days"));
    }

    @Test
    void aPersonNominalAndTheNameItsCopulaGivesAreOnePerson() throws Exception {
        Document document = annotate("Players react\nThe happiest man at the end of the match was Tunisia coach Sami Trabelsi,\n"
                + "\"It was very tough for us,\" he said.", null);
        assertEquals("Sami Trabelsi", speakerOf(document, "It was very tough for us,"));
    }

    @Test
    void callsForTakeTheObjectOfTheirPreposition() throws Exception {
        Document document = annotate("Noun cues\nThe prime minister has resisted calls for him to step down from government.\n"
                + "The union's calls for higher pay were rejected.", null);
        Claim unclaimed = claimWithContent(document, "him to step down from government");
        assertEquals("calls for", unclaimed.getCue().getCoveredText());
        assertNull(unclaimed.getSource(), "nobody is named as calling");
        assertEquals("The union", claimWithContent(document, "higher pay").getSource().getCoveredText(),
                "in the subject, the sentence's own verb ends the object");
        Document idiom = annotate("Glacier news\nThe lead author said the findings were \"a wake-up call for every mountain community.\"", null);
        assertTrue(claims(idiom).stream().noneMatch(c -> c.getCue() != null && c.getCue().getCoveredText().startsWith("call")),
                "a wake-up call for a community calls on no one to do anything");
    }

    @Test
    void whoTheTextIsAccordingToIsTheNextSentencesHe() throws Exception {
        Document document = annotate("Tech news\nThe country must develop its own technology according to Prime Minister Rahim Aziz.\n"
                + "He emphasised the need for building domestic expertise in cloud computing.", null);
        assertEquals("Rahim Aziz", speakerOf(document, "the need for building domestic expertise in cloud computing"));
    }

    @Test
    void aDatelineOfTwoCapitalisedWordsAndAColonIsNoContent() throws Exception {
        Document document = annotate("Tech news\nKUALA LUMPUR: Malaysia must develop its own technology, the minister said.", null);
        claimWithContent(document, "Malaysia must develop its own technology");
    }

    @Test
    void thoseToldToDoSomethingAreNoSpeakers() throws Exception {
        Document document = annotate("Residents told to brace for price hikes\n"
                + "There is a warning for residents who are being told to expect higher prices.", null);
        assertNull(claimWithContent(document, "to brace for price hikes").getSource(), "a headline's passive names no one who told");
        assertNull(claimWithContent(document, "to expect higher prices").getSource());
    }

    @Test
    void thoseTheWordsDescribeSpeakAsAGroup() throws Exception {
        Document document = annotate("Noise news\nThe fees rose.\nThose affected say that the situation is worse in summer.\n"
                + "Those living near the port said the noise was unbearable.", null);
        assertEquals("Those affected", claimWithContent(document, "the situation is worse in summer").getSource().getCoveredText());
        assertEquals("Those living near the port", claimWithContent(document, "the noise was unbearable").getSource().getCoveredText());
    }

    @Test
    void pluralHeadsSuchAsExecsSpeakAsAGroup() throws Exception {
        Document document = annotate("Privacy news\nThe fees rose.\nThe company\u2019s execs said that there was no threat to users.", null);
        assertEquals("The company\u2019s execs", claimWithContent(document, "there was no threat to users").getSource().getCoveredText());
    }

    @Test
    void itBeforeANegatedVerbIsAMention() throws Exception {
        Document document = annotate("Cocoa news\n\u201cWe will carry out a census,\u201d the council said in a statement. "
                + "It did not say when the census would begin.", null);
        assertEquals("council", speakerOf(document, "when the census would begin"));
    }

    @Test
    void aCoordinatedSubjectIsOneGroup() throws Exception {
        Document document = annotate("Senate news\nThe fees rose.\nZubiri and Senate President Ralph Recto both said the bill was dead.\n"
                + "Madagascan officials and businessmen expressed hope that trade would grow.\n"
                + "Smith, Jones and Brown said the vote was fair.", null);
        assertEquals("Zubiri and Senate President Ralph Recto", claimWithContent(document, "the bill was dead").getSource().getCoveredText());
        assertEquals("Madagascan officials and businessmen", claimWithContent(document, "trade would grow").getSource().getCoveredText());
        assertEquals("Smith, Jones and Brown", claimWithContent(document, "the vote was fair").getSource().getCoveredText());
    }

    @Test
    void aParticipleCueHasNoSpeakerAfterIt() throws Exception {
        Document document = annotate("Nature news\nThe agency is celebrating its anniversary, calling on all citizens to look at ecosystems.", null);
        assertEquals("The agency", claimWithContent(document, "all citizens to look at ecosystems").getSource().getCoveredText());
    }

    @Test
    void aHeadlineVerbIsFoundPastTaggerSlipsAndNounsThatCouldBeVerbs() throws Exception {
        assertEquals("discusses", claimWithContent(annotate("SDRC discusses flooding concerns\nThe story begins here.", null),
                "flooding concerns").getCue().getCoveredText());
        assertEquals("seeks", claimWithContent(annotate("Pres. Sirleaf seeks support to rebuild educational system\nThe story begins here.", null),
                "support to rebuild educational system").getCue().getCoveredText());
        assertEquals("downplays", claims(annotate("Environment Minister downplays significance of record-breaking beach closures\n"
                + "The story begins here.", null)).get(0).getCue().getCoveredText(), "downplays/AUX");
    }

    @Test
    void aSentenceQuotingAFragmentWithNoCueContinuesTheSpeakerOfItsParagraph() throws Exception {
        Document document = annotate("Fintech news\nThe fees rose.\n\"We are trying our best,\" Ravi Menon said. The environment the "
                + "country is building enables these players to \"find opportunities\" in the long run.\nThe so-called \"peace plan\" failed.", null);
        Claim mixed = claimWithContent(document,
                "The environment the country is building enables these players to \"find opportunities\" in the long run");
        assertEquals(ClaimType.MIXED, mixed.getType());
        assertEquals("Ravi Menon", mixed.getSource().getSpeaker().getName());
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().contains("peace plan")),
                "a scare quote in a paragraph of its own continues no one");
    }

    @Test
    void aNameInAppositionAtTheEndOfTheSentenceJoinsItsTitle() throws Exception {
        Document document = annotate("Wildlife news\nThe fees rose.\n\"Poaching is a concern,\" said the environment and tourism minister, "
                + "Pohamba Shifeta.", null);
        assertEquals("the environment and tourism minister, Pohamba Shifeta", claimWithContent(document, "Poaching is a concern,")
                .getSource().getCoveredText());
        assertEquals("Pohamba Shifeta", speakerOf(document, "Poaching is a concern,"));
    }

    @Test
    void aTitledNameSetOffByCommasAfterTheClauseIsItsSource() throws Exception {
        Document document = annotate("Health news\nThe fees rose.\nThe country has enough medicines, the Minister of Health, "
                + "Jamoliddin Abdullozoda, told reporters in Dushanbe on July 24.", null);
        Claim claim = claimWithContent(document, "The country has enough medicines");
        assertEquals("told", claim.getCue().getCoveredText());
        assertEquals("Jamoliddin Abdullozoda", claim.getSource().getSpeaker().getName());
    }

    @Test
    void aDenialKeepsTheClaimItDeniesWhichNestsItsOwnContent() throws Exception {
        Document document = annotate("Court news\nThe fees rose.\nThe minister denied allegations that he had taken bribes.\n"
                + "She expressed the view that the plan would fail.", null);
        Claim denial = claimWithContent(document, "allegations that he had taken bribes");
        assertEquals("denied", denial.getCue().getCoveredText());
        Claim allegation = claimWithContent(document, "he had taken bribes");
        assertEquals("allegations", allegation.getCue().getCoveredText());
        assertNull(allegation.getSource(), "nobody is named as alleging");
        assertEquals(denial, allegation.getParent());
        assertEquals("expressed", claimWithContent(document, "the plan would fail").getCue().getCoveredText(),
                "a view that is expressed is no claim of its own");
    }

    @Test
    void aNounCueTakesABareClauseAndWhatItIsAbout() throws Exception {
        Document document = annotate("Court news\nThe fees rose.\nTwo people were released amid accusations the authorities were "
                + "arresting activists.\nThe union rejected claims by Mayor John Smith about the budget.", null);
        assertNull(claimWithContent(document, "the authorities were arresting activists").getSource());
        Claim about = claimWithContent(document, "the budget");
        assertEquals("claims", about.getCue().getCoveredText());
        assertEquals("John Smith", about.getSource().getSpeaker().getName());
    }

    @Test
    void peopleNamedAfterANounCueMakeWhatItSaysOrAsks() throws Exception {
        Document document = annotate("Town news\nThe fees rose.\nThe firm noted a surge in complaints from commuters about late trains.\n"
                + "The emails are at the crux of a request by staff to be spared certain duties.", null);
        Claim complaints = claimWithContent(document, "late trains");
        assertEquals("complaints", complaints.getCue().getCoveredText());
        assertEquals("commuters", complaints.getSource().getCoveredText());
        Claim request = claimWithContent(document, "to be spared certain duties");
        assertEquals("request", request.getCue().getCoveredText());
        assertEquals("staff", request.getSource().getCoveredText());
    }

    @Test
    void aRebuttalOfClaimsThatTakesTheClaimsWhateverItsVerbsForm() throws Exception {
        Document document = annotate("Court news\nThe fees rose.\nThe coach refuted claims that he had picked the side alone.", null);
        Claim rebuttal = claimWithContent(document, "claims that he had picked the side alone");
        assertEquals("refuted", rebuttal.getCue().getCoveredText());
        Claim claims = claimWithContent(document, "he had picked the side alone");
        assertNull(claims.getSource(), "nobody is named as claiming");
        assertEquals(rebuttal, claims.getParent());
    }

    @Test
    void aColonBeforeAQuotationEndsTheClauseBeforeIt() throws Exception {
        Document document = annotate("Nature law\nThe fees rose.\nThe minister noted she could withstand any backlash: \u201cWhen I go for "
                + "walks, I want to show them the beauty of the country.\u201d", null);
        assertEquals("noted", claimWithContent(document, "she could withstand any backlash").getCue().getCoveredText());
        assertEquals(ClaimType.DIRECT, claimWithContent(document, "When I go for walks, I want to show them the beauty of the country.").getType());
    }

    @Test
    void aSentenceOpeningPrepositionIsNoNameAndADatelineMayHoldOf() throws Exception {
        Document amid = annotate("Farm news\nThe fees rose.\nAmid record fires in Brazil, the Minister of Economy, Paulo Guedes, said on "
                + "Monday that Brazil feeds the world.", null);
        assertEquals("Paulo Guedes", speakerOf(amid, "Brazil feeds the world"));
        Document dateline = annotate("Officials issue warning\nPort of Spain \u2013 National Security Minister Fitzgerald Hinds Monday warned "
                + "criminals that the agencies will preserve order.", null);
        assertEquals("Fitzgerald Hinds", speakerOf(dateline, "the agencies will preserve order"));
    }

    @Test
    void aGroupCountedByABoundedNumberSpeaksWithItsBound() throws Exception {
        Document document = annotate("Plan opposed\nMore than 400 residents said that the plan was unfair.\n"
                + "At least 40 traders told the council the market would close.\nTwo of the drivers said the road was unsafe.", null);
        assertEquals("More than 400 residents", claimWithContent(document, "the plan was unfair").getSource().getCoveredText());
        assertEquals("At least 40 traders", claimWithContent(document, "the market would close").getSource().getCoveredText());
        assertEquals("Two of the drivers", claimWithContent(document, "the road was unsafe").getSource().getCoveredText());
    }

    @Test
    void aVerbOfJudgingWithAnObjectReportsOnTheObjectNotOnTheClauseBeforeIt() throws Exception {
        Document document = annotate("Final lost\nAfter the team lost the final in Lyon, coach Ana Ruiz praised her players.\n"
                + "After a long review, the board rejected the offer.\nThe plan is a giveaway, the mayor criticised.", null);
        assertEquals("coach Ana Ruiz", claimWithContent(document, "her players").getSource().getCoveredText());
        assertEquals("board", speakerOf(document, "the offer"));
        assertTrue(claims(document).stream().noneMatch(c -> c.getCoveredText().startsWith("After")), "a fronted adjunct is no content");
        assertEquals("mayor", speakerOf(document, "The plan is a giveaway"), "with no object, the clause before is the content");
    }

    @Test
    void accordingToAPossessorsSpokespersonTheSpokespersonSpeaks() throws Exception {
        Document document = annotate("Ban starts\nAccording to the council\u2019s spokesperson Ana Ruiz, the ban starts today.\n"
                + "According to NTA's Assistant Spokesperson Ravi Mishra, the fines start in May.", null);
        assertEquals("Ana Ruiz", speakerOf(document, "the ban starts today"));
        assertEquals("Ravi Mishra", speakerOf(document, "the fines start in May"));
    }

    @Test
    void aDatedPlaceBeforeAColonAnOpeningAgencyAndAKickerAreDatelines() throws Exception {
        Document colon = annotate("Line to reopen\nBROOKFIELD, May 22: The regulator said the line would reopen.", null);
        assertEquals("regulator", speakerOf(colon, "the line would reopen"), "the dateline's place is no one the regulator can be");
        Document kicker = annotate("Plan opposed\nBROOKFIELD | Valley Digital \u2013 Local traders protested that the plan was unfair.", null);
        assertEquals("Local traders", claimWithContent(kicker, "the plan was unfair").getSource().getCoveredText());
        assertTrue(kicker.getAnnotations().stream().noneMatch(a -> a.getCoveredText().equals("BROOKFIELD")), "a kicker names no one");
        Document agency = annotate("Plan opposed\n(Wirepress) - Brookfield, April 8 - Traders said the plan was unfair.", null);
        assertEquals("Traders", claimWithContent(agency, "the plan was unfair").getSource().getCoveredText());
    }

    @Test
    void oneMemberOfAQuotedGroupSpeaksAloneAndBodiesSpeakTogether() throws Exception {
        Document document = annotate("Flour news\nThe fees rose.\nA shareholder who spoke at the company\u2019s 11th Annual General Meeting "
                + "held in Lagos on Friday applauded the company for reviving the Kano factory.", null);
        assertEquals("A shareholder", claimWithContent(document, "the company for reviving the Kano factory").getSource().getCoveredText());
        Document bodies = annotate("Telecom news\nThe fees rose, and mobile companies have firmly denied that they cut the network.", null);
        assertEquals("mobile companies", claimWithContent(bodies, "they cut the network").getSource().getCoveredText());
    }

    @Test
    void aSpeakingPronounPrefersTheStorysSpeakerToAOneWordNameMetInPassing() throws Exception {
        Document document = annotate("Beach news\n\"There are four contaminated sites,\" said Mouin Hamze, secretary-general of the council.\n"
                + "Hamze said the beaches were dirty.\nAccording to the report, Ramlet al-Bayda, Manara, Dabayeh and Antelias are all "
                + "polluted with heavy metals.\nHe added that eight other sites in the north are polluted.", null);
        assertEquals("Mouin Hamze", speakerOf(document, "eight other sites in the north are polluted"));
    }

    @Test
    void anAppealToSomeoneKeepsTheAddresseeAsACallOnDoes() throws Exception {
        Document document = annotate("Summit news\nThe fees rose.\nAl-Sadiq appealed to the summit to condemn the violations.\n"
                + "The mayor appealed for calm after the flood.", null);
        assertEquals("appealed to", claimWithContent(document, "the summit to condemn the violations").getCue().getCoveredText());
        assertEquals("appealed for", claimWithContent(document, "calm").getCue().getCoveredText());
    }

    @Test
    void aContractedIsAfterThereOrItIsAVerbThatOpensAClause() throws Exception {
        Document document = annotate("Cup news\nThe fees rose.\nAnd Neilson insists there\u2019s a pattern between the defeats.", null);
        assertEquals("insists", claimWithContent(document, "there\u2019s a pattern between the defeats").getCue().getCoveredText());
    }

    @Test
    void aDocumentNamedByANounCueCanBeTheSubjectOfItsVerb() throws Exception {
        Document document = annotate("Court news\nThe fees rose. The statement said the ruling was a blow.", null);
        Claim claim = claimWithContent(document, "the ruling was a blow");
        assertEquals("said", claim.getCue().getCoveredText());
        assertEquals("The statement", claim.getSource().getCoveredText());
    }

    @Test
    void aHeadlineQuotationBeforeAColonIsTheSubjectsAfterIt() throws Exception {
        Document document = annotate("\u2018We fight until the end\u2019: Fiji captain makes no excuses after Wales defeat\nThe story begins here.", null);
        Claim claim = claimWithContent(document, "We fight until the end");
        assertEquals(ClaimType.DIRECT, claim.getType());
        assertEquals("Fiji captain", claim.getSource().getCoveredText());
    }

    @Test
    void aVerbOfSayingRightAfterAQuotationAndItsSubjectIsItsCue() throws Exception {
        Document document = annotate("Derby news\nThe fees rose.\n\"It was fun,\" Smith quipped.\n\"Everyone knows his intention,\" Girardi fumed.", null);
        assertEquals("quipped", claimWithContent(document, "It was fun,").getCue().getCoveredText());
        assertEquals("Smith", claimWithContent(document, "It was fun,").getSource().getCoveredText());
        assertEquals("fumed", claimWithContent(document, "Everyone knows his intention,").getCue().getCoveredText());
    }

    /** The speaker mentions the candidate stage finds in {@code text}, used as sources or not. */
    private static List<String> candidateMentions(String text) throws Exception {
        ResourceManager manager = Pipelines.resourceManager();
        AnalysisEngine engine = Pipelines.createEngine(manager, Pipelines.candidates());
        try {
            CAS cas = Pipelines.createCas(manager);
            ModelToCas.fill(document(text), null, cas);
            engine.process(cas);
            List<String> mentions = new ArrayList<>();
            cas.<AnnotationFS>getAnnotationIndex(cas.getTypeSystem().getType(SayerTypes.SPEAKER_MENTION))
                    .forEach(m -> mentions.add(m.getCoveredText()));
            return mentions;
        } finally {
            engine.destroy();
        }
    }

    @Test
    void aHeadlineInTitleCaseKeepsItsVerbsOutOfNames() throws Exception {
        List<String> mentions = candidateMentions("Super Eagles Will Show Strength Against Sierra Leone \u2013 Peseiro\nThe coach spoke.");
        assertTrue(mentions.contains("Sierra Leone"), mentions.toString());
        assertTrue(mentions.stream().noneMatch(m -> m.contains("Will Show")), "a headline's verbs are no name: " + mentions);
    }

    @Test
    void noMentionRunsOverAParagraphsEnd() throws Exception {
        List<String> mentions = candidateMentions("Verdict news\nAfter the verdict, emotional moments for the officers on trial and their "
                + "families.\n'It's family. Family is going to be sad no matter what,' said defense attorney Eric Hessler.\n"
                + "Reid, new innovation minister, pledges digital transformation\nJonathan Reid has been sworn in as minister.");
        assertTrue(mentions.stream().noneMatch(m -> m.contains("\n")), mentions.toString());
    }

    @Test
    void aTitleAtTheEndOfAHeadlineTakesNoNameFromTheNextParagraph() throws Exception {
        Document document = annotate("My goal is to take the game to every village: says Somali FA president\nThe newly-elected president of "
                + "Somali Football Federation, Ali Abdi Mohamed, said that the children come first.", null);
        assertEquals("Ali Abdi Mohamed", speakerOf(document, "the children come first"));
        assertTrue(claims(document).stream().noneMatch(c -> c.getSource() != null && c.getSource().getCoveredText().contains("\n")),
                "no mention runs over a paragraph's end");
    }

    @Test
    void aSpeakingPronounMeansTheMainClausesSpeakerNotOneInsideAnOpeningSubordinateClause() throws Exception {
        Document document = annotate("Port closure\n"
                + "Shortly after Mayor Tom Hale announced the closure of the port, union leader Mark Ellis said the workers were ready to strike.\n"
                + "He said the union had warned of the closure for months.", null);
        assertEquals("Mark Ellis", speakerOf(document, "the union had warned of the closure for months"));
    }

    @Test
    void heOrSheSkipsADescriptionWhoseWordsGiveTheOtherSex() throws Exception {
        Document document = annotate("Uncle denies charges\nTom Hale, a 34-year-old farmer, denied the charges yesterday.\n"
                + "The girl told the court that he had hit her.\nHe said he used to see her at family visits.", null);
        assertEquals("Tom Hale", speakerOf(document, "he used to see her at family visits"), "not the girl");
    }

    @Test
    void aSpeakingPronounPassesOverAOneWordNameThatNeverSpokeToTheLatestSpeaker() throws Exception {
        Document document = annotate("Harbour report\n\"The water is clean,\" said Anna Ruiz, head of the harbour authority.\n"
                + "Boats from Kelso dock here daily, and Kelso sends most of the fish.\nKelso grew fast in the 1990s.\n"
                + "She added that the harbour would reopen in May.", null);
        assertEquals("Anna Ruiz", speakerOf(document, "the harbour would reopen in May"));
    }

    @Test
    void aWordNetNounOfPeopleRightBeforeACueHeadsTheSpeaker() throws Exception {
        Document document = annotate("Flu spreads\nThe county's epidemiologist said the virus had taken root locally.\n"
                + "The vote was delayed, politicians said.", null);
        assertEquals("The county's epidemiologist", claimWithContent(document, "the virus had taken root locally").getSource().getCoveredText());
        Claim plural = claimWithContent(document, "The vote was delayed");
        assertEquals("politicians", plural.getSource().getCoveredText());
        assertEquals(SpeakerType.GROUP, plural.getSource().getSpeaker().getType());
    }

    @Test
    void aWordNetNounOfPeopleHeadsTheSpeakerOfACueCoordinatedWithItsVerb() throws Exception {
        Document document = annotate("Cup exit\nThe Indian skipper did not give excuses for the loss and said that he was not proud of the display.\n"
                + "The goalkeeper gave the ball to the referee and left.", null);
        assertEquals("The Indian skipper", claimWithContent(document, "he was not proud of the display").getSource().getCoveredText());
        assertTrue(document.getAnnotations().stream().noneMatch(a -> a instanceof SpeakerMention m && m.getCoveredText().contains("goalkeeper")),
                "no cue follows the goalkeeper's verbs, so no speaker is made of him");
    }

    @Test
    void aQuoteWithNoCueBelongsToTheSubjectAfterTheOpeningPhraseOfTheSentenceBefore() throws Exception {
        Document document = annotate("Cup final\nThe team lost 2-1 on Saturday.\n"
                + "At the press conference, captain Tom Reyes was asked about the referee.\n"
                + "\u201CWe made mistakes and we paid for it.\u201D", null);
        assertEquals("Tom Reyes", speakerOf(document, "We made mistakes and we paid for it."));
    }

    @Test
    void fallbackCandidatesAreProposedOnlyWhenSwitchedOn() throws Exception {
        String text = "Budget row\nThe minister repeated the plan.";
        assertTrue(claims(annotate(text, null)).isEmpty(), "repeat needs a frame: no pattern fires");
        System.setProperty(AttributionEngine.FALLBACK_PROPERTY, "true");
        try {
            Claim claim = claimWithContent(annotate(text, null), "the plan");
            assertEquals("repeated", claim.getCue().getCoveredText());
            assertEquals("The minister", claim.getSource().getCoveredText());
        } finally {
            System.clearProperty(AttributionEngine.FALLBACK_PROPERTY);
        }
    }

    @Test
    void brokenUserLexiconNamesFileAndLine(@TempDir Path folder) throws Exception {
        Path broken = folder.resolve("broken.txt");
        Files.writeString(broken, "# fine\nquip | ADVERB\n");
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> CueLexicon.load(broken));
        assertTrue(e.getMessage().contains("broken.txt:2") && e.getMessage().contains("ADVERB"), e.getMessage());
    }
}
