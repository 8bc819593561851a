package org.sayer.model.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.sayer.model.Corpus;
import org.sayer.model.SayerPackage;

/** Starting the model's code in another JVM, as a second Sayer process would run it. */
final class ChildProcesses {

    private ChildProcesses() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The class path of a child: where this test's classes, the model's and EMF's come from in
     * the running OSGi framework. Equinox gives each bundle class the jar or folder it was loaded
     * from as its code source, which works for installed jars and for reactor folders alike.
     */
    static String classPath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(SaveLoop.class, SayerPackage.class, EObject.class, URI.class, XMIResourceImpl.class, Corpus.class)) {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            assertTrue(Files.exists(location), "class path entry of " + type.getName() + ": " + location);
            entries.add(location.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Starts {@code main} of {@code type} in a child JVM with {@code args}. */
    static Process start(Class<?> type, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(java(), "-Xmx256m", "-cp", classPath(), type.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
