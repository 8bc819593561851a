package org.sayer.pipeline.scoring;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The trained attribution model: a maximum-entropy classifier (OpenNLP GIS) that gives each
 * candidate claim the probability that it is right (its content matches a gold claim's and its
 * source is the gold speaker). The pipeline keeps the candidates from {@link #threshold()} up, and
 * that probability is a suggestion's confidence.
 */
public final class AttributionModel {

    /** The shipped model, trained by {@code ./sayer train} from the real-news train split. */
    public static final String RESOURCE = "/org/sayer/pipeline/resources/attribution-model.bin";
    /** A system property naming a model file to use instead of the shipped one. */
    public static final String MODEL_PROPERTY = "sayer.model";
    public static final String RIGHT = "right";
    public static final String WRONG = "wrong";
    /** The first line of a model file; the second says its threshold, then come the classifier's bytes. */
    static final String MAGIC = "sayer-attribution-model 1";

    static final int ITERATIONS = 300;
    /** A feature seen once is still kept: the train split is small, and the prior tames it. */
    static final int CUTOFF = 0;

    static {
        // OpenNLP reports every training iteration at INFO through SLF4J; Sayer says what matters itself.
        System.setProperty("org.slf4j.simpleLogger.log.opennlp", "warn");
    }
    static final double GAUSSIAN_SIGMA = 1.0;

    private final MaxentModel model;
    private final int right;
    private final double threshold;

    private AttributionModel(MaxentModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
        this.right = model.getIndex(RIGHT);
        if (right < 0) {
            throw new IllegalArgumentException("not an attribution model: it has no outcome '" + RIGHT + "'");
        }
    }

    /**
     * Trains on labelled candidates; the same events in the same order give the same model.
     * Candidates below {@code threshold} will be dropped.
     */
    public static AttributionModel train(List<Event> events, double threshold) throws IOException {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        GISTrainer trainer = new GISTrainer();
        trainer.init(parameters, new java.util.HashMap<>());
        // A Gaussian prior keeps rare features' weights small: probabilities stay honest on unseen text.
        trainer.setGaussianSigma(GAUSSIAN_SIGMA);
        GISModel model = trainer.trainModel(ObjectStreamUtils.createObjectStream(events), ITERATIONS, CUTOFF);
        return new AttributionModel(model, threshold);
    }

    /** The model in {@code file}, or null when the file is null. */
    public static AttributionModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** The model of the system property {@value #MODEL_PROPERTY}, else the shipped one, else null. */
    public static AttributionModel standard() throws IOException {
        String property = System.getProperty(MODEL_PROPERTY);
        if (property != null && !property.isBlank()) {
            return read(Path.of(property));
        }
        try (InputStream in = AttributionModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in, RESOURCE);
        }
    }

    private static AttributionModel read(InputStream in, String where) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in));
        try {
            if (!MAGIC.equals(data.readUTF())) {
                throw new IOException("it does not start with '" + MAGIC + "'");
            }
            double threshold = data.readDouble();
            return new AttributionModel(new BinaryGISModelReader(data).getModel(), threshold);
        } catch (IOException | RuntimeException e) {
            throw new IOException(where + ": not a Sayer attribution model (" + e.getMessage() + ")", e);
        }
    }

    public void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    public void write(OutputStream out) throws IOException {
        // The writer closes its stream when done: give it one of its own, not the caller's.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeUTF(MAGIC);
        data.writeDouble(threshold);
        new BinaryGISModelWriter((AbstractModel) model, data).persist();
        out.write(bytes.toByteArray());
    }

    /** Candidates below this probability are dropped; chosen by cross-validation on the training gold for the best F1. */
    public double threshold() {
        return threshold;
    }

    /** The probability that a candidate with these features is a right claim. */
    public double probability(List<String> features) {
        return model.eval(features.toArray(new String[0]))[right];
    }
}
