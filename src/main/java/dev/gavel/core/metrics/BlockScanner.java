package dev.gavel.core.metrics;

/**
 * Finds the blocks of a message exactly as the original bot's one global, multiline JavaScript
 * regex does:
 *
 * <pre>
 * ```[\s\S]+?\n^```  |  `.+?`  |  \[([^\]]+)\]\(([^)]+)\)  |  https?:\/\/[^\s>)]+
 * </pre>
 *
 * At each position, from the left, the four alternatives are tried in this order; the first that
 * matches is the block and the search goes on after it, else it goes on one UTF-16 unit further.
 * In JavaScript's dialect {@code \s} is Unicode whitespace, {@code .} is anything but a line
 * terminator (LF, CR, U+2028, U+2029) and {@code ^} holds after a line terminator; Java's regex
 * defaults differ on all three. A regex would also rescan the rest of the message at every
 * unclosed fence or bracket (a message of backticks took 0.1 s); each alternative here is decided
 * from the next closing fence, backtick, bracket or line terminator, found once and remembered,
 * so a message is scanned in linear time.
 */
final class BlockScanner {

    enum Kind { FENCED_CODE, INLINE_CODE, MARKDOWN_LINK, BARE_URL }

    private static final String FENCE = "```";
    private static final String CLOSING_FENCE = "\n```";

    private final String text;
    private final NextIndex closingFence;
    private final NextIndex backtick;
    private final NextIndex lineTerminator;
    private final NextIndex closingBracket;
    private final NextIndex closingParenthesis;

    private int position;
    private Kind kind;
    private int start;
    private int end;
    private int labelEnd;

    BlockScanner(String text) {
        this.text = text;
        closingFence = new NextIndex(from -> text.indexOf(CLOSING_FENCE, from));
        backtick = new NextIndex(from -> text.indexOf('`', from));
        lineTerminator = new NextIndex(this::indexOfLineTerminator);
        closingBracket = new NextIndex(from -> text.indexOf(']', from));
        closingParenthesis = new NextIndex(from -> text.indexOf(')', from));
    }

    /** Moves to the next block; false when there is none. */
    boolean find() {
        for (int at = position; at < text.length(); at++) {
            int matchEnd = fencedCodeEnd(at);
            Kind found = Kind.FENCED_CODE;
            if (matchEnd < 0) {
                matchEnd = inlineCodeEnd(at);
                found = Kind.INLINE_CODE;
            }
            if (matchEnd < 0) {
                matchEnd = markdownLinkEnd(at);
                found = Kind.MARKDOWN_LINK;
            }
            if (matchEnd < 0) {
                matchEnd = bareUrlEnd(at);
                found = Kind.BARE_URL;
            }
            if (matchEnd >= 0) {
                kind = found;
                start = at;
                end = matchEnd;
                position = matchEnd;
                return true;
            }
        }
        position = text.length();
        return false;
    }

    /** Which alternative matched. */
    Kind kind() {
        return kind;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String match() {
        return text.substring(start, end);
    }

    /** A markdown link's label (its first group). */
    String label() {
        return text.substring(start + 1, labelEnd);
    }

    /** A markdown link's url, as written between the parentheses (its second group). */
    String linkTarget() {
        return text.substring(labelEnd + 2, end - 1);
    }

    /**
     * {@code ```[\s\S]+?\n^```}: the lazy part takes at least one unit and stops at the first
     * "\n```" after it. The {@code ^} always holds right after a literal \n.
     */
    private int fencedCodeEnd(int at) {
        if (!text.startsWith(FENCE, at)) {
            return -1;
        }
        int close = closingFence.from(at + FENCE.length() + 1);
        return close < 0 ? -1 : close + CLOSING_FENCE.length();
    }

    /** {@code `.+?`}: the first backtick at least one unit after the opening one, no line terminator between. */
    private int inlineCodeEnd(int at) {
        if (text.charAt(at) != '`') {
            return -1;
        }
        int close = backtick.from(at + 2);
        if (close < 0) {
            return -1;
        }
        int lineBreak = lineTerminator.from(at + 1);
        return lineBreak >= 0 && lineBreak < close ? -1 : close + 1;
    }

    /**
     * {@code \[([^\]]+)\]\(([^)]+)\)}: the label runs to the first ']' and the url to the first ')',
     * each at least one unit long; no shorter run could be followed by its closing character, so
     * there is nothing to backtrack to.
     */
    private int markdownLinkEnd(int at) {
        if (text.charAt(at) != '[') {
            return -1;
        }
        int bracket = closingBracket.from(at + 1);
        if (bracket < at + 2 || bracket + 1 >= text.length() || text.charAt(bracket + 1) != '(') {
            return -1;
        }
        int parenthesis = closingParenthesis.from(bracket + 2);
        if (parenthesis < bracket + 3) {
            return -1;
        }
        labelEnd = bracket;
        return parenthesis + 1;
    }

    /** {@code https?:\/\/[^\s>)]+} with JavaScript's Unicode {@code \s}. */
    private int bareUrlEnd(int at) {
        if (!text.startsWith("http", at)) {
            return -1;
        }
        int afterScheme = at + 4;
        if (afterScheme < text.length() && text.charAt(afterScheme) == 's') {
            afterScheme++;
        }
        if (!text.startsWith("://", afterScheme)) {
            return -1;
        }
        int urlStart = afterScheme + 3;
        int urlEnd = urlStart;
        while (urlEnd < text.length() && !endsBareUrl(text.charAt(urlEnd))) {
            urlEnd++;
        }
        return urlEnd > urlStart ? urlEnd : -1;
    }

    private static boolean endsBareUrl(char c) {
        return c == '>' || c == ')' || isJsWhitespace(c);
    }

    /** ECMAScript {@code \s}: WhiteSpace (TAB, VT, FF, SP, NBSP, ZWNBSP, every Zs) and LineTerminator. */
    static boolean isJsWhitespace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        if (c < '\u00A0') {
            return false;
        }
        return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    /** What ECMAScript's {@code .} does not match, and after which its multiline {@code ^} holds. */
    static boolean isJsLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    private int indexOfLineTerminator(int from) {
        for (int i = from; i < text.length(); i++) {
            if (isJsLineTerminator(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The first index at or after a position where something occurs, remembered between queries. */
    private static final class NextIndex {
        private final Search search;
        private int searchedFrom = Integer.MAX_VALUE;
        private int found = -1;

        NextIndex(Search search) {
            this.search = search;
        }

        int from(int position) {
            boolean stillValid = position >= searchedFrom && (found < 0 || found >= position);
            if (!stillValid) {
                found = search.indexFrom(position);
                searchedFrom = position;
            }
            return found;
        }
    }

    @FunctionalInterface
    private interface Search {
        int indexFrom(int position);
    }
}
