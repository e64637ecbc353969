/*
 * html.c - text out of an HTML page, with libxml2's HTML parser.
 *
 * Part of ingest.  The page is parsed leniently (HTML_PARSE_RECOVER, no
 * network); the text of the document is the text of its body with scripts,
 * styles, navigation, headers, footers, asides, forms and frames dropped,
 * entities decoded, block elements ending lines.  The <title> (or
 * og:title) becomes the first line, so it is the document's title; the
 * publication date is taken from article:published_time, datePublished,
 * date/pubdate meta elements or the first <time datetime>.  After this the
 * document is its extracted text: offsets refer to it (docs/CONTRACT.md).
 * Exports evg_html_sniff and evg_html_extract.
 */
#include "internal.h"
#include "text.h"

#include <ctype.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <strings.h>

int evg_html_sniff(const char *name, const char *p, size_t n)
{
    const char *dot = strrchr(name, '.');
    if (dot && (strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0)) return 1;
    size_t i = 0;
    if (n >= 3 && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF) i = 3;
    while (i < n && isspace((unsigned char)p[i])) i++;
    return (n - i >= 9 && strncasecmp(p + i, "<!doctype", 9) == 0) ||
           (n - i >= 5 && strncasecmp(p + i, "<html", 5) == 0);
}

static int skipped(const xmlNode *n)
{
    static const char *const names[] = {"script", "style", "noscript", "nav", "header", "footer",
                                        "aside", "form", "iframe", "svg", "button", "select",
                                        "template", "head", NULL};
    for (int i = 0; names[i]; i++)
        if (strcasecmp((const char *)n->name, names[i]) == 0) return 1;
    return 0;
}

static int is_block(const xmlNode *n)
{
    static const char *const names[] = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5",
                                        "h6", "article", "section", "blockquote", "ul", "ol",
                                        "table", "figcaption", "dd", "dt", "pre", "hr", "main", NULL};
    for (int i = 0; names[i]; i++)
        if (strcasecmp((const char *)n->name, names[i]) == 0) return 1;
    return 0;
}

/* Append text, turning runs of white space into one space; a newline is
 * added only by block ends. */
static void put_text(evg_buf *b, const char *s)
{
    for (; *s; s++) {
        int sp = isspace((unsigned char)*s);
        if (sp) {
            if (b->n && b->p[b->n - 1] != ' ' && b->p[b->n - 1] != '\n') evg_buf_put(b, " ", 1);
        } else {
            evg_buf_put(b, s, 1);
        }
    }
}

static void end_line(evg_buf *b)
{
    while (b->n && b->p[b->n - 1] == ' ') b->p[--b->n] = '\0';
    if (b->n && b->p[b->n - 1] != '\n') evg_buf_put(b, "\n", 1);
}

static void walk_text(const xmlNode *n, evg_buf *b)
{
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content) put_text(b, (const char *)n->content);
        } else if (n->type == XML_ELEMENT_NODE && !skipped(n)) {
            if (is_block(n)) end_line(b);
            walk_text(n->children, b);
            if (is_block(n)) end_line(b);
        }
    }
}

static const xmlNode *find_element(const xmlNode *n, const char *name)
{
    for (; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && strcasecmp((const char *)n->name, name) == 0) return n;
        const xmlNode *hit = find_element(n->children, name);
        if (hit) return hit;
    }
    return NULL;
}

static char *prop(const xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    char *s = v ? evg_xstrdup((const char *)v) : NULL;
    xmlFree(v);
    return s;
}

/* Look through <meta> and <time> for the title and the publication date. */
static void scan_meta(const xmlNode *n, char **title, char **date)
{
    static const char *const date_keys[] = {"article:published_time", "datepublished", "date",
                                            "pubdate", "publishdate", "dc.date", "og:published_time", NULL};
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (strcasecmp((const char *)n->name, "meta") == 0) {
            char *key = prop(n, "property");
            if (!key) key = prop(n, "name");
            if (!key) key = prop(n, "itemprop");
            char *content = key ? prop(n, "content") : NULL;
            for (int i = 0; content && date_keys[i] && !*date; i++)
                if (strcasecmp(key, date_keys[i]) == 0) { *date = content; content = NULL; }
            if (content && !*title && strcasecmp(key, "og:title") == 0) { *title = content; content = NULL; }
            free(key);
            free(content);
        } else if (strcasecmp((const char *)n->name, "time") == 0 && !*date) {
            *date = prop(n, "datetime");
        }
        scan_meta(n->children, title, date);
    }
}

static char *node_text(const xmlNode *n)
{
    evg_buf b = {0};
    walk_text(n ? n->children : NULL, &b);
    end_line(&b);
    if (b.n && b.p[b.n - 1] == '\n') b.p[--b.n] = '\0';
    return b.p;
}

int evg_html_extract(evg_doc *d)
{
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlDocPtr h = htmlReadMemory(d->raw.p, (int)d->raw.n, NULL, NULL, opts);
    if (!h) return evg_error(d->ctx, EVG_EINPUT, "%s: not readable as HTML", d->name);
    const xmlNode *root = xmlDocGetRootElement(h);
    char *title = NULL, *date = NULL;
    scan_meta(root, &title, &date);
    if (!title) title = node_text(find_element(root, "title"));
    const xmlNode *body = find_element(root, "body");
    evg_buf text = {0};
    if (title && *title) {
        evg_buf_puts(&text, title);
        evg_buf_put(&text, "\n", 1);
    }
    walk_text(body ? body->children : root, &text);
    int32_t day;
    if (date && d->dct == EVG_NODATE && evg_parse_day(date, &day) == 0) {
        d->dct = day;
        d->dct_source = EVG_DCT_DATELINE;
    }
    evg_buf_free(&d->raw);
    d->raw = text;
    if (!d->raw.p) evg_buf_put(&d->raw, "", 0);
    free(title);
    free(date);
    xmlFreeDoc(h);
    return 0;
}
