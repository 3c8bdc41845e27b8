package nl.werkbank.common;

import java.nio.file.Path;
import nl.werkbank.common.problem.ProblemException;

/**
 * Run by {@link DocumentLimitsTest} in a JVM of its own with a small heap: checks each file given as
 * {@code path=expected} (a field code, or {@code accepted}) and exits non-zero on any other verdict.
 */
public final class CheckInSmallHeap {

    private CheckInSmallHeap() {}

    public static void main(String[] arguments) {
        int wrong = 0;
        for (String argument : arguments) {
            int split = argument.lastIndexOf('=');
            Path file = Path.of(argument.substring(0, split));
            String expected = argument.substring(split + 1);
            String verdict;
            try {
                DocumentContent.read("file", file.getFileName().toString(), file, 5 * 1024 * 1024);
                verdict = "accepted";
            } catch (ProblemException problem) {
                verdict = problem.violations().get(0).code().code();
            }
            if (!verdict.equals(expected)) {
                System.out.println(file + ": expected " + expected + ", got " + verdict);
                wrong++;
            }
        }
        System.out.println("checked " + arguments.length + " files, " + wrong + " wrong, heap used at most "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        System.exit(wrong == 0 ? 0 : 1);
    }
}
