package org.sayer.io.export;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.jar.Manifest;

/** The version of the io bundle, read from its manifest, inside OSGi or on a plain class path. */
final class SayerVersion {

    private static String version;

    private SayerVersion() {
    }

    static synchronized String get() {
        if (version == null) {
            version = read();
        }
        return version;
    }

    private static String read() {
        try {
            Enumeration<URL> manifests = SayerVersion.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                try (InputStream in = manifests.nextElement().openStream()) {
                    java.util.jar.Attributes main = new Manifest(in).getMainAttributes();
                    if ("org.sayer.io".equals(main.getValue("Bundle-SymbolicName"))) {
                        return main.getValue("Bundle-Version");
                    }
                }
            }
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }
}
