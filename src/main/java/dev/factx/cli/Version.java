package dev.factx.cli;

import picocli.CommandLine;

/** Reads factx's version from the jar's manifest, falling back for runs from classes. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[]{"factx " + (v != null ? v : "development build"),
                "Stanford CoreNLP 4.5.10, Java " + System.getProperty("java.version")};
    }
}
