package dev.ganforge.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A problem is one line, whatever characters the file had. */
class SpecProblemTest {

    @Test
    void charactersThatBreakOrHideALineAreWrittenAsEscapes() {
        SpecProblem problem = SpecProblem.at("training.batch\u2028size",
                "expected true or false, found 't\u2028ue\u0085' after \n(10), \t, \r, \u0000 and \uFEFF");
        assertEquals("training.batch\\u2028size", problem.path());
        assertEquals("expected true or false, found 't\\u2028ue\\u0085' after \\n(10), \\t, \\r, \\u0000 and \\uFEFF",
                problem.message());
        assertEquals(1, problem.toString().lines().count());
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        String message = "unknown key 'trining' at the top level — did you mean 'training'? é, ü, 28×28";
        assertEquals(message, SpecProblem.at("trining", message).message());
    }
}
