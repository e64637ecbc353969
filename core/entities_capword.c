/*
 * entities_capword.c - listed English names that are also common lower-case
 * words ("Shell", "Split", "Salt", "Male"; data/gaz_capwords.tsv marks their
 * keys GAZ_COMMON): whether such a word, capitalised where every word is
 * (the first word of a sentence, a headline in title case), names the listed
 * entity.  It does only with support: its possessive or "said" after it, or
 * the same word capitalised elsewhere in the document where capitals are not
 * forced.  Inside a sentence its capital is support enough.
 *
 * Read by case_ok (entities_key.c) for the first word of a GAZ_COMMON key.
 */
#include "entities_int.h"

#include <string.h>

/* Does token j open its sentence: nothing before it in the sentence but
 * punctuation other than a comma (an opening quote or bracket)? */
static int opens_sentence(const evg_doc *d, int32_t j)
{
    for (int32_t k = j - 1; evg_ent_same_sent(d, k, j); k--)
        if (d->tokens.v[k].kind != EVG_TOK_PUNCT || evg_ent_is_comma(d, k)) return 0;
    return 1;
}

/* Is sentence s a headline in title case: a title section's sentence whose
 * Latin words of four letters or more all start with a capital? */
static int title_case_headline(const evg_doc *d, int32_t s)
{
    const evg_sentence *se = &d->sentences.v[s];
    if (se->section < 0 || (size_t)se->section >= d->sections.n || d->sections.v[se->section].kind != EVG_SEC_TITLE)
        return 0;
    int long_words = 0;
    for (int32_t k = se->tok_first; k < se->tok_end; k++) {
        const evg_token *t = &d->tokens.v[k];
        if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_LATN || t->fe - t->fs < 4) continue;
        if (!(t->flags & EVG_TOKF_CAP)) return 0;
        long_words++;
    }
    return long_words >= 2;
}

/* Is the capital of token j forced by its place (sentence start, title-case
 * headline), so that it says nothing of a name? */
static int forced_capital(const evg_doc *d, int32_t j)
{
    return opens_sentence(d, j) || title_case_headline(d, d->tokens.v[j].sent);
}

/* Is token k the word w (folded), alone or with an English possessive? */
static int same_word(const evg_doc *d, int32_t k, const char *w, size_t wn)
{
    size_t n;
    const char *s = evg_ent_tok_str(d, k, &n);
    if (n < wn || memcmp(s, w, wn) != 0) return 0;
    return n == wn || evg_ent_possessive_end(s, n);
}

/* Is the word w capitalised somewhere in the document, other than at j,
 * where the capital is not forced ("talks in Male", "rivals of Shell")? */
static int free_capital_elsewhere(const evg_doc *d, int32_t j, const char *w, size_t wn)
{
    for (size_t k = 0; k < d->tokens.n; k++) {
        const evg_token *t = &d->tokens.v[k];
        if ((int32_t)k == j || t->kind != EVG_TOK_WORD || !(t->flags & EVG_TOKF_CAP)) continue;
        if (same_word(d, (int32_t)k, w, wn) && !forced_capital(d, (int32_t)k)) return 1;
    }
    return 0;
}

/* Does a GAZ_COMMON key at token j name the listed entity?  Yes inside a
 * sentence and when the token is not the bare common word ("Shell's" names
 * an owner, "Réunion" is no common word); where its capital is forced, only
 * with "said"/"says" after it or a free capital of it elsewhere in the
 * document. */
int evg_ent_capword_ok(const evg_doc *d, int32_t j)
{
    if (!forced_capital(d, j)) return 1;
    size_t n;
    const char *s = evg_ent_tok_str(d, j, &n);
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80 || s[i] == '\'') return 1;
    if (evg_ent_same_sent(d, j, j + 1) && (evg_tok_is(d, (size_t)j + 1, "said") || evg_tok_is(d, (size_t)j + 1, "says")))
        return 1;
    return free_capital_elsewhere(d, j, s, n);
}
