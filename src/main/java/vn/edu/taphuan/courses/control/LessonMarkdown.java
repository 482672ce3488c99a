package vn.edu.taphuan.courses.control;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import vn.edu.taphuan.courses.entity.CourseProblem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lesson Markdown (CommonMark) to HTML that is safe to put into the page as it is: raw HTML is refused when the
 * course loads (and escaped in case it slips through), links may only go to http(s), mailto or tel, images only
 * to files of the course's own {@code images/} folder (served by the API), and headings start at level 2
 * because the page's level-1 heading is the lesson title.
 */
final class LessonMarkdown {
    static final Set<String> IMAGE_TYPES = Set.of("svg", "png", "jpg", "jpeg");
    private static final Pattern IMAGE_PATH = Pattern.compile("images/[A-Za-z0-9._-]+");
    private static final Pattern SAFE_LINK = Pattern.compile("(?i)(https?:|mailto:|tel:|#).*");

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private LessonMarkdown() {
    }

    /**
     * Checks the Markdown and renders it. Problems are added to {@code problems}; the HTML is returned either way
     * (a course with problems is refused as a whole, so it is never shown).
     */
    static String render(String markdown, String file, String courseId, Path imagesFolder, List<CourseProblem> problems) {
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                problems.add(CourseProblem.of(file, line(html), "course.problem.rawHtml", shorten(html.getLiteral())));
            }

            @Override
            public void visit(HtmlInline html) {
                problems.add(CourseProblem.of(file, line(html), "course.problem.rawHtml", shorten(html.getLiteral())));
            }

            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 1) {
                    problems.add(CourseProblem.of(file, line(heading), "course.problem.headingLevel"));
                }
                visitChildren(heading);
            }

            @Override
            public void visit(Image image) {
                String src = image.getDestination();
                if (!IMAGE_PATH.matcher(src).matches()) {
                    problems.add(CourseProblem.of(file, line(image), "course.problem.imagePath", src));
                } else if (!IMAGE_TYPES.contains(extension(src))) {
                    problems.add(CourseProblem.of(file, line(image), "course.problem.imageType", src));
                } else if (!Files.isRegularFile(imagesFolder.resolve(src.substring("images/".length())))) {
                    problems.add(CourseProblem.of(file, line(image), "course.problem.missingImage", src));
                }
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                String href = link.getDestination();
                if (!SAFE_LINK.matcher(href).matches()) {
                    problems.add(CourseProblem.of(file, line(link), "course.problem.linkTarget", href));
                }
                visitChildren(link);
            }
        });
        return renderer(courseId).render(document);
    }

    private static HtmlRenderer renderer(String courseId) {
        String images = "/api/courses/" + courseId + "/images/";
        return HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new UrlSanitizer() {
                    @Override
                    public String sanitizeLinkUrl(String url) {
                        return SAFE_LINK.matcher(url).matches() ? url : "";
                    }

                    @Override
                    public String sanitizeImageUrl(String url) {
                        return IMAGE_PATH.matcher(url).matches() ? images + url.substring("images/".length()) : "";
                    }
                })
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (tag.equals("a") && attributes.getOrDefault("href", "").toLowerCase(Locale.ROOT).startsWith("http")) {
                        attributes.put("rel", "noopener noreferrer external");
                    } else if (tag.equals("img")) {
                        attributes.put("loading", "lazy");
                    }
                })
                .build();
    }

    private static int line(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.getSourceSpans().isEmpty()) {
                return n.getSourceSpans().get(0).getLineIndex() + 1;
            }
        }
        return 1;
    }

    private static String extension(String path) {
        return path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
