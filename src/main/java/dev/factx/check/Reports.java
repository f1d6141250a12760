package dev.factx.check;

import java.util.Objects;

/** A check report rendered for people (text), machines (JSON) and CI dashboards (JUnit XML). */
public final class Reports {
    private Reports() {
    }

    public static String text(CheckReport report) {
        return TextReport.render(Objects.requireNonNull(report, "report"));
    }

    public static String json(CheckReport report) {
        return JsonReport.render(Objects.requireNonNull(report, "report"));
    }

    public static String junit(CheckReport report) {
        return JunitReport.render(Objects.requireNonNull(report, "report"));
    }
}
