package org.hearth.governance.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Finding the one {@code yaml hearth-charter} block, and errors about the block as a whole. */
class CharterBlockTest {

    @Test
    void charterWithoutTheBlockIsRejected() {
        Samples.rejects(Samples.read("no-block.md"), CharterException.BLOCK, "no fenced block opened by ```yaml hearth-charter");
    }

    @Test
    void charterWithTwoBlocksIsRejectedWithBothLines() {
        Samples.rejects(Samples.read("two-blocks.md"), CharterException.BLOCK, "2 blocks", "lines 3, 9", "keep exactly one");
    }

    @Test
    void blockQuotedInsideALongerFenceIsNotTakenForTheRealOne() {
        Charter charter = CharterParser.parse(Samples.read("quoted-example.md"));

        assertEquals(LegalProfile.UK_CIC, charter.legalProfile());
        assertEquals("Quoted Example CIC", charter.companyName());
    }

    @Test
    void blockThatIsNeverClosedIsRejected() {
        String markdown = "# Charter\n\n```yaml hearth-charter\nlegal_profile: uk-cic\n";

        Samples.rejects(markdown, CharterException.BLOCK, "opened on line 3 is never closed");
    }

    @Test
    void yamlSyntaxErrorPointsAtTheLineOfTheMarkdownFile() {
        // The unclosed list on line 8 is only noticed at the ':' of line 9 of the file.
        String markdown = Samples.replace(Samples.ukCic(), "currency: GBP", "currency: [GBP");

        Samples.rejects(markdown, CharterException.BLOCK, "not valid YAML at line 9, column 21");
    }

    @Test
    void keyGivenTwiceIsRejectedRatherThanSilentlyOverwritten() {
        String markdown = Samples.replace(Samples.ukCic(), "currency: GBP", "currency: GBP\ncurrency: EUR");

        Samples.rejects(markdown, CharterException.BLOCK, "duplicate key currency", "line 9");
    }

    @Test
    void emptyBlockIsRejected() {
        Samples.rejects("```yaml hearth-charter\n```\n", CharterException.BLOCK, "the block is empty");
    }

    @Test
    void blockThatIsAListInsteadOfFieldsIsRejected() {
        Samples.rejects("```yaml hearth-charter\n- uk-cic\n```\n", CharterException.BLOCK, "expected a mapping of fields");
    }

    @Test
    void yamlTagsCannotInstantiateJavaClasses() {
        String markdown = "```yaml hearth-charter\nlegal_profile: !!java.io.File [\"/etc/passwd\"]\n```\n";

        Samples.rejects(markdown, CharterException.BLOCK, "not valid YAML", "Global tag is not allowed");
    }
}
