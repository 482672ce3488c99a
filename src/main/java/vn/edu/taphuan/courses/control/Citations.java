package vn.edu.taphuan.courses.control;

import vn.edu.taphuan.platform.VietnameseText;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import vn.edu.taphuan.courses.entity.CourseProblem;
import vn.edu.taphuan.courses.entity.Source;
import vn.edu.taphuan.platform.Messages;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The citations {@code [@key]} of one lesson file: each must name a source of the course's {@code course.yaml};
 * each becomes a numbered link ("[1]") to the lesson's source list, which lists the cited sources in the order
 * first cited. The list never says when the authors checked a source: that is metadata for the admin page.
 */
final class Citations {
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final LessonMarkdown.Context context;
    private final List<Text> texts = new ArrayList<>();
    /** Cited sources in order of first citation; the position + 1 is the number shown. */
    private final Map<String, Source> cited = new LinkedHashMap<>();

    Citations(LessonMarkdown.Context context) {
        this.context = context;
    }

    /** Notes a text node with citations: unknown keys are reported now, the node is replaced by {@link #link()}. */
    void found(Text text) {
        var m = LessonMarkdown.CITATION.matcher(text.getLiteral());
        boolean any = false;
        while (m.find()) {
            any = true;
            Source source = context.sources().get(m.group(1));
            if (source == null) {
                context.problems().add(CourseProblem.of(context.file(), LessonMarkdown.line(text), "course.problem.unknownSource",
                        m.group(1), context.sources().isEmpty() ? "—" : String.join(", ", context.sources().keySet())));
            } else {
                cited.putIfAbsent(source.key(), source);
            }
        }
        if (any) {
            texts.add(text);
        }
    }

    /** Replaces each citation by its numbered link (after the visit: the tree must not change while it is walked). */
    void link() {
        List<String> order = new ArrayList<>(cited.keySet());
        for (Text text : texts) {
            for (Node part : LessonMarkdown.split(text, key -> citation(key, order))) {
                text.insertBefore(part);
            }
            text.unlink();
        }
    }

    private Node citation(String key, List<String> order) {
        int number = order.indexOf(key) + 1;
        if (number == 0) {
            return new Text("[@" + key + "]"); // unknown: reported already, the course is refused
        }
        Link link = new Link("#" + LessonMarkdown.SOURCE_ANCHOR + key, null);
        link.appendChild(new Text("[" + number + "]"));
        return link;
    }

    /** The lesson's sources as an HTML section, or nothing when it cites none. */
    String sourceList() {
        if (cited.isEmpty()) {
            return "";
        }
        Locale locale = context.locale();
        boolean english = "en".equals(locale.getLanguage());
        StringBuilder html = new StringBuilder("<section class=\"sources\">\n<h2>")
                .append(escape(Messages.format(locale, "course.sources.heading"))).append("</h2>\n<ol>\n");
        for (Source s : cited.values()) {
            html.append("<li id=\"").append(LessonMarkdown.SOURCE_ANCHOR).append(s.key()).append("\"><a href=\"")
                    .append(escape(s.link())).append("\" rel=\"noopener noreferrer external\">")
                    .append(escape(s.title().in(locale))).append("</a>, ")
                    .append(escape(Messages.format(locale, "course.sources.number", s.number())));
            if (s.article() != null) {
                html.append(", ").append(escape(s.article()));
            }
            html.append(" (").append(escape(Messages.format(locale, "course.sources.issued",
                    (english ? EN_DATE.format(s.issued()) : VietnameseText.date(s.issued()))))).append(")</li>\n");
        }
        return html.append("</ol>\n</section>\n").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
