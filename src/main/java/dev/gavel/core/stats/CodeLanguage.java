package dev.gavel.core.stats;

/**
 * Code blocks of one kind and language: {@code fenced} blocks by their {@code lang} (maybe empty),
 * {@code inline} code separately (lang empty). Lines and chars as in {@code code_stats}.
 */
public record CodeLanguage(String kind, String lang, long blocks, long lines, long chars) {

    public static final String FENCED = "fenced";
    public static final String INLINE = "inline";
}
