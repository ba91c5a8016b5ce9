package org.hearth.governance.charter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The text of the one fenced {@code yaml hearth-charter} block of a Markdown charter.
 *
 * <p>Fences are tracked the CommonMark way (a fence closes only on the same character, at least
 * as long), so a charter may quote a {@code hearth-charter} block inside a longer fence as an
 * example without it being taken for the real one.
 *
 * @param yaml the block's content
 * @param firstLine line number in the Markdown file (from 1) of the block's first content line,
 *     used to point YAML syntax errors at the right line of the file
 */
record CharterBlock(String yaml, int firstLine) {

    static final String INFO = "yaml hearth-charter";

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");

    static CharterBlock find(String markdown, Source source) {
        List<String> lines = markdown.lines().toList();
        List<CharterBlock> found = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches() || isInlineCode(open)) {
                i++;
                continue;
            }
            int close = closingLine(lines, i + 1, open.group(1));
            if (isCharterInfo(open.group(2))) {
                if (close == lines.size()) {
                    throw source.error(CharterException.BLOCK, null, "the block opened on line " + (i + 1)
                            + " is never closed; end it with a line holding only " + open.group(1));
                }
                found.add(new CharterBlock(String.join("\n", lines.subList(i + 1, close)), i + 2));
            }
            i = close + 1;
        }
        return single(found, source);
    }

    private static CharterBlock single(List<CharterBlock> found, Source source) {
        if (found.isEmpty()) {
            throw source.error(CharterException.BLOCK, null, "no fenced block opened by ```" + INFO
                    + " found; the charter must hold exactly one, with its machine-readable parameters");
        }
        if (found.size() > 1) {
            String where = found.stream().map(b -> String.valueOf(b.firstLine - 1)).collect(Collectors.joining(", "));
            // Two blocks would leave it to chance which parameters are in force.
            throw source.error(CharterException.BLOCK, null, found.size() + " blocks opened by ```" + INFO
                    + " (lines " + where + "); keep exactly one");
        }
        return found.getFirst();
    }

    // A backtick fence whose info string holds a backtick is inline code, not a fence (CommonMark).
    private static boolean isInlineCode(Matcher open) {
        return open.group(1).charAt(0) == '`' && open.group(2).indexOf('`') >= 0;
    }

    private static int closingLine(List<String> lines, int from, String fence) {
        // ` and ~ are not regex metacharacters, so the fence character can go in as is.
        Pattern closing = Pattern.compile("^ {0,3}" + fence.charAt(0) + "{" + fence.length() + ",}[ \\t]*$");
        for (int j = from; j < lines.size(); j++) {
            if (closing.matcher(lines.get(j)).matches()) {
                return j;
            }
        }
        return lines.size();
    }

    private static boolean isCharterInfo(String info) {
        return String.join(" ", info.strip().split("\\s+")).equals(INFO);
    }
}
