package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md and docs/*.md compiles against ganforge's modules, as a
 * reader would paste it, and the statement snippets run.
 *
 * <p>How a block becomes Java:
 *
 * <ul>
 *   <li>A block with a {@code package} line or a top-level class, interface, record or enum is a
 *       source file as it stands.
 *   <li>Any other block is a fragment: its imports go to the top of a class, the rest into the
 *       body of a method {@code run()}; a fragment that does not end with {@code ;} or {@code }}
 *       is an expression, assigned to a variable. A reader who reads a page from the top has seen
 *       its earlier imports, so a fragment also gets the imports of the blocks above it on the
 *       same page, and nothing else.
 *   <li>The blocks of one page compile together, so a later block may use a class an earlier
 *       one declares.
 * </ul>
 *
 * <p>Fragments run, each once, unless marked {@code no-run} ({@code ```java no-run}): the ones
 * that train for thousands of steps or read a file of the reader's. A block marked
 * {@code no-compile} is not Java on its own, on purpose, and is only counted; the pages use it
 * for
 *
 * <ul>
 *   <li>lines cut from a builder chain shown whole above them ({@code .optLoss(...)...}), to show
 *       what changes;
 *   <li>a {@code register(...)} call or the members of a class, shown where the guide explains
 *       them, whose class around them the same page shows elsewhere or the reader writes;
 *   <li>a class that stands for one of the reader's own ({@code MyPoints}, {@code R1AutogradLoss}).
 * </ul>
 *
 * GitHub shows a block's info string only as its language, {@code java}, so the marks do not
 * show on the rendered page.
 */
class DocumentationSnippetsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Pattern FENCE = Pattern.compile("^(\\s*)```java(.*)$");
    private static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
            "(?m)^(package\\s|((public|final|abstract|sealed|non-sealed)\\s+)*(class|interface|record|enum)\\s+\\w+)");
    private static final Pattern TYPE_NAME = Pattern.compile(
            "(?m)^(?:(?:public|final|abstract|sealed|non-sealed)\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");

    /** One {@code ```java} block: its page and the line of its fence, its info-string marks and its text. */
    record Snippet(Path page, int line, Set<String> marks, String code) {

        String where() {
            return ROOT.relativize(page) + ":" + line;
        }

        boolean isSourceFile() {
            return TOP_LEVEL_TYPE.matcher(code).find();
        }

        List<String> imports() {
            return code.lines().filter(l -> l.startsWith("import ")).toList();
        }
    }

    /** The {@code ```java} blocks of a markdown page, in order. */
    static List<Snippet> snippets(Path page) {
        List<String> lines;
        try {
            lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Snippet> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher fence = FENCE.matcher(lines.get(i));
            if (!fence.matches()) {
                continue;
            }
            String indent = fence.group(1);
            Set<String> marks = new LinkedHashSet<>(List.of(fence.group(2).trim().split("\\s+")));
            marks.remove("");
            StringBuilder code = new StringBuilder();
            int fenceLine = i + 1;
            for (i = fenceLine; i < lines.size() && !lines.get(i).trim().equals("```"); i++) {
                String line = lines.get(i);
                code.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip()).append('\n');
            }
            found.add(new Snippet(page, fenceLine, marks, code.toString()));
        }
        return found;
    }

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** The Java source a snippet becomes, and the class to run if it is a fragment. */
    record Source(Snippet snippet, String path, String text, String runnableClass) {}

    static Source source(Snippet snippet, int index, Set<String> importsAbove) {
        if (snippet.isSourceFile()) {
            Matcher type = TYPE_NAME.matcher(snippet.code());
            String name = type.find() ? type.group(1) : "Snippet" + index;
            Matcher pkg = PACKAGE.matcher(snippet.code());
            String folder = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
            return new Source(snippet, folder + name + ".java", snippet.code(), null);
        }
        Set<String> imports = new LinkedHashSet<>(importsAbove);
        imports.addAll(snippet.imports());
        String body = snippet.code().lines().filter(l -> !l.startsWith("import ")).reduce("", (a, b) -> a + b + "\n").strip();
        String lastLine = body.lines().reduce("", (a, b) -> b).replaceAll("\\s*//.*$", "");
        if (!lastLine.endsWith(";") && !lastLine.endsWith("}")) {
            body = "var expression = " + body + ";";
        }
        String name = "Snippet" + index;
        String text = String.join("\n", imports) + "\n\n"
                + "public final class " + name + " {\n"
                + "    public static void run() throws Exception {\n"
                + body.indent(8)
                + "    }\n"
                + "}\n";
        return new Source(snippet, name + ".java", text, name);
    }

    /** The outcome of compiling one page's snippets: errors by source file, and the compiled classes. */
    record Compiled(Map<String, List<String>> errors, Path classes) {}

    static Compiled compile(List<Source> sources, Path work) throws IOException {
        Path src = Files.createDirectories(work.resolve("src"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        Map<Path, String> pathOf = new LinkedHashMap<>();
        for (Source source : sources) {
            Path file = src.resolve(source.path());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.text(), StandardCharsets.UTF_8);
            pathOf.put(file.toAbsolutePath(), source.path());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            // surefire runs the tests from a manifest-only jar and names the real class path here
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<String> options = List.of("-proc:none", "-d", classes.toString(), "-cp", classPath);
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(pathOf.keySet())).call();
        }
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String file = d.getSource() == null ? "" : pathOf.getOrDefault(Path.of(d.getSource().toUri()).toAbsolutePath(), "");
                errors.computeIfAbsent(file, f -> new ArrayList<>())
                        .add("line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
            }
        }
        return new Compiled(errors, classes);
    }

    static String numbered(String text) {
        List<String> lines = text.lines().toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(String.format("%4d  %s%n", i + 1, lines.get(i)));
        }
        return out.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockCompilesAndTheFragmentsRun(@TempDir Path work) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path page : pages()) {
            List<Source> sources = new ArrayList<>();
            Set<String> importsAbove = new LinkedHashSet<>();
            List<Snippet> snippets = snippets(page);
            for (int i = 0; i < snippets.size(); i++) {
                Snippet snippet = snippets.get(i);
                if (!snippet.marks().contains("no-compile")) {
                    sources.add(source(snippet, i, importsAbove));
                }
                importsAbove.addAll(snippet.imports());
            }
            if (sources.isEmpty()) {
                continue;
            }
            Path pageWork = work.resolve(page.getFileName().toString().replace('.', '-'));
            Compiled compiled = compile(sources, pageWork);
            for (Source source : sources) {
                tests.add(DynamicTest.dynamicTest(source.snippet().where(), () -> {
                    List<String> errors = compiled.errors().getOrDefault(source.path(), List.of());
                    if (!errors.isEmpty()) {
                        fail("the block at " + source.snippet().where() + " does not compile:\n  "
                                + String.join("\n  ", errors) + "\nas Java:\n" + numbered(source.text()));
                    }
                    if (source.runnableClass() != null && !source.snippet().marks().contains("no-run")) {
                        // javac writes no class of a page if any of its blocks fails
                        assertEquals(Map.of(), compiled.errors(), "the page compiles, so that its blocks can run");
                        run(compiled.classes(), source);
                    }
                }));
            }
            tests.add(DynamicTest.dynamicTest(ROOT.relativize(page) + " has no errors outside its blocks", () ->
                    assertEquals(Map.of(), compiled.errors().entrySet().stream()
                            .filter(e -> sources.stream().noneMatch(s -> s.path().equals(e.getKey())))
                            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))));
        }
        return tests.stream();
    }

    private static void run(Path classes, Source source) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                DocumentationSnippetsTest.class.getClassLoader())) {
            try {
                loader.loadClass(source.runnableClass()).getMethod("run").invoke(null);
            } catch (InvocationTargetException thrown) {
                throw new AssertionError("the block at " + source.snippet().where() + " compiles but throws", thrown.getCause());
            }
        }
    }

    private static final Pattern DEPENDENCY = Pattern.compile("(?s)<dependency>(.*?)</dependency>");

    /** groupId:artifactId[:classifier]:type:scope of each dependency in {@code xml}, but the tests'. */
    static Set<String> dependencies(String xml) {
        Set<String> found = new LinkedHashSet<>();
        Matcher dependency = DEPENDENCY.matcher(xml);
        while (dependency.find()) {
            String text = dependency.group(1);
            String scope = element(text, "scope", "compile");
            if (!scope.equals("test")) {
                String classifier = element(text, "classifier", "");
                found.add(element(text, "groupId", "") + ":" + element(text, "artifactId", "")
                        + (classifier.isEmpty() ? "" : ":" + classifier) + ":" + element(text, "type", "jar") + ":" + scope);
            }
        }
        return found;
    }

    private static String element(String xml, String name, String absent) {
        Matcher value = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
        return value.find() ? value.group(1).strip() : absent;
    }

    @Test
    void theReadmesDependencyBlockIsTheOneTheExampleProjectBuildsWith() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Use from Maven");
        assertTrue(section >= 0, "README.md has a section 'Use from Maven'");
        int start = readme.indexOf("```xml", section);
        String block = readme.substring(start, readme.indexOf("```", start + 6));
        String example = Files.readString(ROOT.resolve("dsl-examples/maven-project/pom.xml"), StandardCharsets.UTF_8);

        assertEquals(dependencies(example), dependencies(block));
    }

    @Test
    void findsTheBlocksOfAPageWithTheirMarksAndIndentation(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("page.md"), String.join("\n",
                "# A page",
                "```java",
                "int one = 1;",
                "```",
                "- a list item:",
                "  ```java no-run",
                "  import java.util.List;",
                "  List<Integer> two = List.of(2);",
                "  ```",
                "```yaml",
                "name: not-java",
                "```",
                ""));

        List<Snippet> found = snippets(page);

        assertEquals(2, found.size());
        assertEquals(new Snippet(page, 2, Set.of(), "int one = 1;\n"), found.get(0));
        assertEquals(new Snippet(page, 6, Set.of("no-run"), "import java.util.List;\nList<Integer> two = List.of(2);\n"),
                found.get(1));
    }

    @Test
    void aFragmentGetsTheImportsAboveItAndAnExpressionIsAssigned() {
        Snippet expression = new Snippet(ROOT.resolve("page.md"), 9, Set.of(), "import java.util.List;\nList.of(1, 2)\n");

        Source source = source(expression, 3, Set.of("import java.util.Map;"));

        assertEquals("Snippet3.java", source.path());
        assertTrue(source.text().startsWith("import java.util.Map;\nimport java.util.List;\n"), source.text());
        assertTrue(source.text().contains("        var expression = List.of(1, 2);\n"), source.text());
    }

    @Test
    void aBlockWithAPackageOrATopLevelTypeIsASourceFile() {
        Snippet unit = new Snippet(ROOT.resolve("page.md"), 1, Set.of(), "package org.example;\n\nfinal class Gap {}\n");
        Snippet statement = new Snippet(ROOT.resolve("page.md"), 1, Set.of(), "    class Local {}\nnew Local();\n");

        assertEquals("org/example/Gap.java", source(unit, 0, Set.of()).path());
        assertFalse(statement.isSourceFile(), "a class declared inside statements is not a source file");
    }
}
