package vn.edu.taphuan.courses.control;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import vn.edu.taphuan.courses.entity.CourseProblem;
import vn.edu.taphuan.courses.entity.Source;
import vn.edu.taphuan.platform.Messages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lesson Markdown (CommonMark with GFM tables) to HTML that is safe to put into the page as it is: raw HTML is
 * refused when the course loads (and escaped in case it slips through), links may only go to http(s), mailto or
 * tel, images only to files of the course's own {@code images/} folder (served by the API), and headings start at
 * level 2 because the page's level-1 heading is the lesson title. Two additions of our own (docs/authoring-courses.md):
 * citations {@code [@key]} of the course's sources, linked to the list of the lesson's sources appended at its end,
 * and a {@code contacts} block naming kinds of referral contact, rendered as a placeholder the learner page fills
 * with the learner's school's and ward's entries.
 */
final class LessonMarkdown {
    static final Set<String> IMAGE_TYPES = Set.of("svg", "png", "jpg", "jpeg");
    static final String SOURCE_ANCHOR = "source-";
    private static final Pattern IMAGE_PATH = Pattern.compile("images/[A-Za-z0-9._-]+");
    private static final Pattern SAFE_LINK = Pattern.compile("(?i)(https?:|mailto:|tel:|#).*");
    static final Pattern CITATION = Pattern.compile("\\[@([^\\]\\s]*)\\]");

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** Where a lesson file is and what it may refer to. */
    record Context(String file, String courseId, Path imagesFolder, Map<String, Source> sources, Locale locale,
                   List<CourseProblem> problems) {
    }

    private LessonMarkdown() {
    }

    /**
     * Checks the Markdown and renders it. Problems are added to the context's list; the HTML is returned either way
     * (a course with problems is refused as a whole, so it is never shown).
     */
    static String render(String markdown, Context context) {
        Node document = PARSER.parse(markdown);
        Citations citations = new Citations(context);
        document.accept(new Checker(context, citations));
        citations.link();
        String html = renderer(context).render(document);
        // a wide table scrolls inside its own box on a phone instead of widening the page (learn.css); escapeHtml
        // keeps any "<table>" an author typed as text escaped, so only the renderer's own tags match here. The box
        // takes the keyboard focus (a region named in the lesson's language), so it scrolls without a finger too.
        String box = "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\""
                + Messages.format(context.locale(), "lesson.tableRegion") + "\"><table>";
        html = html.replace("<table>", box).replace("</table>", "</table></div>");
        return html + citations.sourceList();
    }

    /** Reports what a lesson may not contain and collects the citations to link. */
    private static final class Checker extends AbstractVisitor {
        private final Context context;
        private final Citations citations;

        Checker(Context context, Citations citations) {
            this.context = context;
            this.citations = citations;
        }

        private void problem(Node node, String key, Object... args) {
            context.problems().add(CourseProblem.of(context.file(), line(node), key, args));
        }

        @Override
        public void visit(HtmlBlock html) {
            problem(html, "course.problem.rawHtml", shorten(html.getLiteral()));
        }

        @Override
        public void visit(HtmlInline html) {
            problem(html, "course.problem.rawHtml", shorten(html.getLiteral()));
        }

        @Override
        public void visit(Heading heading) {
            if (heading.getLevel() == 1) {
                problem(heading, "course.problem.headingLevel");
            }
            visitChildren(heading);
        }

        @Override
        public void visit(Image image) {
            String src = image.getDestination();
            if (!IMAGE_PATH.matcher(src).matches()) {
                problem(image, "course.problem.imagePath", src);
            } else if (!IMAGE_TYPES.contains(extension(src))) {
                problem(image, "course.problem.imageType", src);
            } else if (!Files.isRegularFile(context.imagesFolder().resolve(src.substring("images/".length())))) {
                problem(image, "course.problem.missingImage", src);
            }
            visitChildren(image);
        }

        @Override
        public void visit(Link link) {
            String href = link.getDestination();
            if (!SAFE_LINK.matcher(href).matches()) {
                problem(link, "course.problem.linkTarget", href);
            }
            visitChildren(link);
        }

        @Override
        public void visit(Text text) {
            if (text.getLiteral().contains("[@")) {
                citations.found(text);
            }
        }

        @Override
        public void visit(FencedCodeBlock block) {
            if (LessonContacts.INFO.equals(block.getInfo())) {
                LessonContacts.check(block, context, line(block) + 1); // the line of the kinds, after the fence
            }
        }
    }

    private static HtmlRenderer renderer(Context context) {
        String images = "/api/courses/" + context.courseId() + "/images/";
        return HtmlRenderer.builder()
                .extensions(EXTENSIONS)
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
                .nodeRendererFactory(c -> new LessonContacts.Renderer(c, context.locale()))
                .attributeProviderFactory(c -> (node, tag, attributes) -> {
                    String href = attributes.getOrDefault("href", "");
                    if (tag.equals("a") && href.toLowerCase(Locale.ROOT).startsWith("http")) {
                        attributes.put("rel", "noopener noreferrer external");
                    } else if (tag.equals("a") && href.startsWith("#" + SOURCE_ANCHOR)) {
                        attributes.remove("rel"); // an anchor on the same page: nothing to guard against
                        attributes.put("class", "cite");
                    } else if (tag.equals("img")) {
                        attributes.put("loading", "lazy");
                    }
                })
                .build();
    }

    static int line(Node node) {
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

    /** Splits a text node around its citations: text, link, text, ... (kept for {@link Citations#link()}). */
    static List<Node> split(Text text, java.util.function.Function<String, Node> citation) {
        List<Node> parts = new ArrayList<>();
        Matcher m = CITATION.matcher(text.getLiteral());
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                parts.add(new Text(text.getLiteral().substring(from, m.start())));
            }
            parts.add(citation.apply(m.group(1)));
            from = m.end();
        }
        if (from < text.getLiteral().length()) {
            parts.add(new Text(text.getLiteral().substring(from)));
        }
        return parts;
    }
}
