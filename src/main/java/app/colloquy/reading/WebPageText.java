package app.colloquy.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The article in a saved or pasted web page: its main content only (the page's {@code article} or
 * {@code main}, else the body), with headings kept and navigation, headers, footers, sidebars,
 * forms, scripts and advertising left out. Parsed by jsoup, which never fetches anything.
 */
final class WebPageText {

    /** Elements that are never part of the article. */
    private static final Set<String> LEFT_OUT = Set.of(
            "nav",
            "header",
            "footer",
            "aside",
            "script",
            "style",
            "noscript",
            "template",
            "form",
            "button",
            "select",
            "textarea",
            "iframe",
            "svg",
            "canvas",
            "video",
            "audio",
            "object",
            "embed",
            "dialog",
            "menu");
    /** Words in a class or id that mark page furniture rather than the article. */
    private static final List<String> FURNITURE = List.of(
            "advert",
            "banner",
            "breadcrumb",
            "comment",
            "cookie",
            "promo",
            "newsletter",
            "related",
            "share",
            "sidebar",
            "social",
            "sponsor",
            "subscribe",
            "skip-link",
            "masthead",
            "site-header",
            "site-footer",
            "toolbar",
            "pagination");

    private static final Set<String> BLOCKS =
            Set.of("p", "li", "blockquote", "pre", "dd", "dt", "figcaption", "td", "th", "address", "caption");

    private WebPageText() {}

    static List<DocumentBlock> read(Document page) {
        Element content = mainContent(page);
        List<DocumentBlock> blocks = new ArrayList<>();
        boolean hasTitle = content.selectFirst("h1") != null;
        if (!hasTitle && !page.title().isBlank()) {
            blocks.add(DocumentBlock.heading(1, titleWithoutSiteName(page.title())));
        }
        collect(content, content.text().length(), blocks, new StringBuilder());
        return blocks;
    }

    /** The page's article: the longest {@code article}, else {@code main} or role=main, else the body. */
    private static Element mainContent(Document page) {
        Element article = page.select("article").stream()
                .max(Comparator.comparingInt(e -> e.text().length()))
                .orElse(null);
        if (article != null && article.text().length() > 200) {
            return article;
        }
        Element main = page.selectFirst("main, [role=main]");
        return main != null ? main : page.body();
    }

    /**
     * Walks the content in document order: headings and block elements end the paragraph being
     * gathered; inline text (also text sitting directly in a div) is gathered into it.
     */
    private static void collect(Element element, int contentLength, List<DocumentBlock> blocks, StringBuilder pending) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                pending.append(text.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (isLeftOut(e, contentLength)) {
                    continue;
                }
                if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                    flush(pending, blocks);
                    blocks.add(DocumentBlock.heading(tag.charAt(1) - '0', e.text()));
                } else if (tag.equals("br")) {
                    pending.append(' ');
                } else if (BLOCKS.contains(tag) && !hasBlockInside(e)) {
                    flush(pending, blocks);
                    String prefix = tag.equals("li") ? listMark(e) : "";
                    blocks.add(DocumentBlock.paragraph(prefix + e.text()));
                } else if (e.isBlock() || BLOCKS.contains(tag)) {
                    flush(pending, blocks);
                    collect(e, contentLength, blocks, pending);
                    flush(pending, blocks);
                } else {
                    pending.append(e.text());
                }
            }
        }
    }

    private static boolean hasBlockInside(Element e) {
        return !e.children()
                .select("p, div, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, table")
                .isEmpty();
    }

    private static String listMark(Element item) {
        Element list = item.parent();
        if (list != null && list.normalName().equals("ol")) {
            return (item.elementSiblingIndex() + 1) + ". ";
        }
        return "- ";
    }

    private static void flush(StringBuilder pending, List<DocumentBlock> blocks) {
        String text = DocumentBlock.oneLine(pending.toString());
        if (!text.isEmpty()) {
            blocks.add(DocumentBlock.paragraph(text));
        }
        pending.setLength(0);
    }

    private static boolean isLeftOut(Element e, int contentLength) {
        if (LEFT_OUT.contains(e.normalName()) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String role = e.attr("role");
        if (role.equals("navigation")
                || role.equals("banner")
                || role.equals("contentinfo")
                || role.equals("complementary")) {
            return true;
        }
        // A wrapper named "page-with-sidebar" may hold the whole article: only small parts are furniture.
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return !names.isBlank()
                && FURNITURE.stream().anyMatch(names::contains)
                && e.text().length() * 2 < contentLength;
    }

    /** "The article | The site" or "The article - The site": the part before the site's name. */
    private static String titleWithoutSiteName(String title) {
        for (String separator : List.of(" | ", " – ", " — ", " - ")) {
            int at = title.lastIndexOf(separator);
            if (at > 0) {
                return title.substring(0, at);
            }
        }
        return title;
    }
}
