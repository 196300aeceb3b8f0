package org.sheltergis.ogc.wms;

import java.util.Locale;

/**
 * Chooses the language of titles. Without LANGUAGE, documents carry both ("中文 (English)"); LANGUAGE=zh or en picks
 * one. Style and rule titles in the SLD files are written "中文 / English".
 */
public final class Bilingual {

    private Bilingual() {}

    public static String pick(String zh, String en, String language) {
        String l = language == null ? "" : language.trim().toLowerCase(Locale.ROOT);
        if (l.startsWith("en")) {
            return en;
        }
        if (l.startsWith("zh")) {
            return zh;
        }
        return zh + " (" + en + ")";
    }

    /** Splits an SLD title "中文 / English" by language; a title without the separator is returned whole. */
    public static String pick(String both, String language) {
        if (both == null) {
            return "";
        }
        int slash = both.indexOf(" / ");
        if (slash < 0) {
            return both;
        }
        String zh = both.substring(0, slash).trim();
        String en = both.substring(slash + 3).trim();
        String l = language == null ? "" : language.trim().toLowerCase(Locale.ROOT);
        return l.startsWith("en") ? en : l.startsWith("zh") ? zh : both;
    }
}
