/*
 * timex_parse.c - the driver of the grammar of time expressions over folded
 * tokens: it tries every family at a token and keeps the longest.
 *
 * Each tx_p_* function (the stage files of docs/TIMEX.md: timex_date.c,
 * timex_numeric.c, timex_year.c, timex_relday.c, timex_weekday.c,
 * timex_period.c ...) tries one family of expressions starting at token i
 * of the sentence and returns the index just past what it read (0 when it
 * does not match), filling a tx_hit.  tx_parse_at runs those that may start
 * at the token (each parser lists the first tokens it can read: the
 * driver) and keeps the longest.  Vocabulary lookups are gated by a
 * per-token mask of the kinds present (tx_kind_masks), so a sentence is
 * read in one pass with a bounded look-ahead.  Spans leave out a leading
 * preposition (في, منذ, من, in, on) except where it carries the meaning
 * (قبل يومين = two days ago).  tx_parse_plain (the dated families only)
 * serves the part words and ranges of the later files.
 */
#include "timex_int.h"

#include <stdio.h>


/*
 * Speed: which parsers may match at token i.  Each parser lists the first
 * tokens it can read (its need): a number, a word of a vocabulary kind, a
 * function word of a given value, or one of the literal words below that
 * some parser compares with its first token.  A token's class holds the same
 * bits, and a parser whose need shares none with it is not tried (most
 * starts are prepositions no parser but a few can open).  A parser with need
 * 0 is always tried: a new parser needs no class to be correct.  A build with
 * -DEVG_CHECK_MASKS runs every skipped parser too and aborts if one matches.
 */
typedef size_t (*tx_parser)(const tx_scan *, size_t, tx_hit *);
typedef struct {
    tx_parser parse;
    uint64_t need; /* TXC_* bits of a first token it may read; 0: any */
} tx_entry;

_Static_assert(TX_NKINDS <= 32 && TX_W_INTHE < 23, "the token class has bits for 31 kinds and 22 words");
#define TXC_NUM 1ull                  /* a number token (no kind is 0) */
#define TXC_K(kind) (1ull << (kind))  /* a word with an entry of this kind: its bit of tx_kind_masks */
#define TXC_W(w) (1ull << (32 + (w))) /* the function word w (tx_word_at) */
#define TXC_L(g) (1ull << (55 + (g))) /* a word of literal group g (lit_groups) */

/* Words some parser compares with its first token by their text (tx_is,
 * evg_tok_is) rather than by their kind, in groups by the parsers that ask. */
#define LIT_YOMI "\xd9\x8a\xd9\x88\xd9\x85\xd9\x8a" /* يومي: tx_p_date, weekday */
#define LIT_A "a"                                   /* "a week on Monday": weekday */
#define LIT_ON "on"                                 /* day_only */
#define LIT_LAST AR_AKHIR, AR_ALAKHIR, "last"       /* parse_nth: nth_week, nth_weekday, quarter */
#define LIT_Q "q", "final"                          /* quarter */
#define LIT_DAY AR_ALYAWM, "day", "\xd8\xa7\xd9\x84\xd9\x84\xd9\x8a\xd9\x84\xd9\x87" /* الليله */, "night", "evening", \
    "morning", "afternoon"                         /* anaphoric_day, nth_weekday, holiday_day */
#define LIT_HOUR "noon", "midnight", "midday", "\xd9\x85\xd9\x86\xd8\xaa\xd8\xb5\xd9\x81" /* منتصف: clock */
#define LIT_WEEK "week", "closest", "nearest"      /* week_of, closest */
#define LIT_NTH "first", "second", "third", "fourth", "\xd8\xa7\xd9\x88\xd9\x84" /* اول */, \
    "\xd8\xab\xd8\xa7\xd9\x86\xd9\x8a" /* ثاني */, "\xd8\xab\xd8\xa7\xd9\x84\xd8\xab" /* ثالث */, \
    "\xd8\xb1\xd8\xa7\xd8\xa8\xd8\xb9" /* رابع: holiday_day, first_months */
static const char *const lit_yomi[] = {LIT_YOMI, NULL}, *const lit_a[] = {LIT_A, NULL},
                         *const lit_on[] = {LIT_ON, NULL}, *const lit_last[] = {LIT_LAST, NULL},
                         *const lit_q[] = {LIT_Q, NULL}, *const lit_day[] = {LIT_DAY, NULL},
                         *const lit_hour[] = {LIT_HOUR, NULL}, *const lit_week[] = {LIT_WEEK, NULL},
                         *const lit_nth[] = {LIT_NTH, NULL};
static const char *const *const lit_groups[] = {lit_yomi, lit_a,    lit_on,   lit_last, lit_q,
                                                lit_day,  lit_hour, lit_week, lit_nth};
#define L_YOMI TXC_L(0)
#define L_A TXC_L(1)
#define L_ON TXC_L(2)
#define L_LAST TXC_L(3)
#define L_Q TXC_L(4)
#define L_DAY TXC_L(5)
#define L_HOUR TXC_L(6)
#define L_WEEK TXC_L(7)
#define L_NTH TXC_L(8)
/* All of them: one look-up tells most tokens apart from every group. */
static const char *const first_literals[] = {LIT_YOMI, LIT_A, LIT_ON, LIT_LAST, LIT_Q,
                                             LIT_DAY, LIT_HOUR, LIT_WEEK, LIT_NTH, NULL};

/* The class of token i (i < s->end): the bits a parser's need is tested against. */
static uint64_t token_class(const tx_scan *s, size_t i)
{
    const evg_token *t = &s->doc->tokens.v[i];
    const tx_ent *e;
    if (t->kind == EVG_TOK_NUM) return TXC_NUM;
    if (t->kind != EVG_TOK_WORD) return 0;
    uint64_t c = s->mask[i];
    if (tx_kind_at(s, i, TX_WORD, &e)) c |= TXC_W(e->val);
    if (evg_tok_in_static(s->doc, i, first_literals, (size_t)-1, EVG_WS_WAW_FA))
        for (size_t g = 0; g < sizeof lit_groups / sizeof *lit_groups; g++)
            if (evg_tok_in_static(s->doc, i, lit_groups[g], (size_t)-1, EVG_WS_WAW_FA)) c |= TXC_L(g);
    return c;
}

/* The needs of the parsers (N_ + the family): the first tokens each can read. */
#define THE TXC_W(TX_W_THE)
#define THIS TXC_W(TX_W_THIS)
#define K TXC_K
#define N_DATE (TXC_NUM | K(TX_UNIT) | K(TX_WEEKDAY) | K(TX_DIR) | K(TX_REL) | K(TX_ORD) | K(TX_MONTH) | \
    K(TX_HMONTH) | THE | THIS | L_YOMI)
#define N_NUMERIC (TXC_NUM)
#define N_YEAR (TXC_NUM | K(TX_UNIT) | K(TX_CARD))
#define N_RELDAY (K(TX_DAYPART) | K(TX_REL))
#define N_WEEKDAY (K(TX_UNIT) | K(TX_DIR) | K(TX_WEEKDAY) | THIS | L_YOMI | L_A)
#define N_UNITDIR (K(TX_UNIT) | K(TX_DIR) | THIS)
#define N_SEASON (K(TX_SEASON) | K(TX_DIR) | THIS | TXC_W(TX_W_THAT)) /* that summer, ذلك الصيف */
#define N_QUARTER (TXC_NUM | K(TX_ORD) | K(TX_UNIT) | K(TX_DIR) | THE | L_LAST | L_Q)
#define N_HOLIDAY (K(TX_HOLIDAY) | K(TX_DIR))
#define N_CENTURY (TXC_NUM | K(TX_ORD) | K(TX_DIR) | THE | THIS | TXC_W(TX_W_CENTURY))
#define N_NTH_WEEKDAY (TXC_NUM | K(TX_ORD) | K(TX_UNIT) | K(TX_WEEKDAY) | THE | L_LAST | L_DAY)
#define N_LAST_N (TXC_NUM | K(TX_CARD) | K(TX_DIR) | K(TX_UNIT))
#define N_ANAPHORIC_DAY (K(TX_DAYPART) | K(TX_UNIT) | K(TX_REL) | K(TX_DIR) | THE | TXC_W(TX_W_THAT) | \
    TXC_W(TX_W_SAME) | TXC_W(TX_W_INTHE) | TXC_W(TX_W_STORYDAY) | L_DAY)
#define N_WEEKEND (K(TX_WEEKEND) | K(TX_DIR) | THE | THIS)
#define N_HALF (K(TX_HALF) | THE)
#define N_DURATION (TXC_NUM | K(TX_CARD) | K(TX_UNIT) | K(TX_APPROX) | TXC_W(TX_W_BEFORE) | TXC_W(TX_W_SINCE) | \
    TXC_W(TX_W_AFTER) | TXC_W(TX_W_WITHIN) | TXC_W(TX_W_IN) | TXC_W(TX_W_FOR))
#define N_VAGUE (K(TX_VAGUE))
#define N_PART (K(TX_PART))
#define N_CLOCK (TXC_NUM | K(TX_ORD) | K(TX_PART) | TXC_W(TX_W_HOUR) | L_HOUR)
#define N_NWEEKDAYS (TXC_NUM | K(TX_CARD))
#define N_NTH_WEEK (TXC_NUM | K(TX_ORD) | K(TX_UNIT) | THE | L_LAST)
#define N_DAY_ONLY (THE | TXC_W(TX_W_IN) | L_ON | K(TX_UNIT)) /* Arabic "يوم 3": a unit word */
#define N_WEEK_OF (K(TX_UNIT) | THE | L_WEEK)
#define N_DECADE (K(TX_DECADE))
#define N_CLOSEST (TXC_NUM | K(TX_ORD) | THE | L_WEEK)
#define N_WEEKDAY_AFTER (K(TX_ORD) | THE)
#define N_WEEKDAY_RANGE (K(TX_WEEKDAY) | K(TX_UNIT))
#define N_EVE (K(TX_EVE))
#define N_THIS_DAY (K(TX_DIR) | THIS)
#define N_FIRST_MONTHS (K(TX_UNIT) | THE | L_NTH)
#define N_MONTHS_TO (K(TX_UNIT) | THE)
#define N_NIGHT_PAIR (K(TX_WEEKDAY))
#define N_HOLIDAY_DAY (K(TX_ORD) | K(TX_REL) | THE | L_NTH | L_DAY)
#define N_UNIT_NEXT (K(TX_UNIT) | K(TX_REL) | THE) /* the year after, العام الذي تلاه, اليوم الذي سبقه */
#define N_DAYS_RUN (K(TX_CARD) | K(TX_UNIT) | THE | L_NTH | L_LAST | L_Q | TXC_W(TX_W_IN) | TXC_W(TX_W_WITHIN) | \
    TXC_W(TX_W_FOR)) /* العشر, الأيام, the, first, last, final, and a preposition before them */

static size_t longest(const tx_scan *s, size_t i, tx_hit *out, const tx_entry *ps, size_t np)
{
    size_t best = 0;
    if (i >= s->end || i >= s->doc->tokens.n) return 0; /* a parser may ask for what follows the last token */
    uint64_t cls = token_class(s, i);
    for (size_t k = 0; k < np; k++) {
        tx_hit h;
        if (ps[k].need && !(ps[k].need & cls)) {
#ifdef EVG_CHECK_MASKS
            memset(&h, 0, sizeof h);
            if (ps[k].parse(s, i, &h)) {
                fprintf(stderr, "EVG_CHECK_MASKS: time parser %zu skipped at token %zu (class %llx) matches\n", k, i,
                        (unsigned long long)cls);
                abort();
            }
#endif
            continue;
        }
        memset(&h, 0, sizeof h);
        size_t e = ps[k].parse(s, i, &h);
        if (e > best) {
            best = e;
            *out = h;
        }
    }
    return best;
}

size_t tx_parse_plain(const tx_scan *s, size_t i, tx_hit *h)
{
    static const tx_entry ps[] = {
        {tx_p_date, N_DATE}, {tx_p_numeric, N_NUMERIC}, {tx_p_year, N_YEAR}, {tx_p_relday, N_RELDAY},
        {tx_p_weekday, N_WEEKDAY}, {tx_p_unitdir, N_UNITDIR}, {tx_p_season, N_SEASON},
        {tx_p_quarter, N_QUARTER}, {tx_p_holiday, N_HOLIDAY}, {tx_p_century, N_CENTURY}};
    return longest(s, i, h, ps, sizeof ps / sizeof *ps);
}

/* A parser added here without a need ({tx_p_new}) is tried at every start. */
int tx_parse_at(const tx_scan *s, size_t i, tx_hit *out)
{
    static const tx_entry ps[] = {
        {tx_p_date, N_DATE}, {tx_p_numeric, N_NUMERIC}, {tx_p_year, N_YEAR}, {tx_p_relday, N_RELDAY},
        {tx_p_weekday, N_WEEKDAY}, {tx_p_unitdir, N_UNITDIR}, {tx_p_season, N_SEASON},
        {tx_p_quarter, N_QUARTER}, {tx_p_holiday, N_HOLIDAY}, {tx_p_nth_weekday, N_NTH_WEEKDAY},
        {tx_p_last_n, N_LAST_N}, {tx_p_anaphoric_day, N_ANAPHORIC_DAY}, {tx_p_weekend, N_WEEKEND},
        {tx_p_half, N_HALF}, {tx_p_duration, N_DURATION}, {tx_p_vague, N_VAGUE}, {tx_p_part, N_PART},
        {tx_p_clock, N_CLOCK}, {tx_p_nweekdays, N_NWEEKDAYS}, {tx_p_nth_week, N_NTH_WEEK},
        {tx_p_day_only, N_DAY_ONLY}, {tx_p_week_of, N_WEEK_OF}, {tx_p_decade, N_DECADE}, {tx_p_century, N_CENTURY},
        {tx_p_closest, N_CLOSEST}, {tx_p_weekday_after, N_WEEKDAY_AFTER}, {tx_p_weekday_range, N_WEEKDAY_RANGE},
        {tx_p_eve, N_EVE}, {tx_p_this_day, N_THIS_DAY}, {tx_p_first_months, N_FIRST_MONTHS},
        {tx_p_months_to, N_MONTHS_TO}, {tx_p_night_pair, N_NIGHT_PAIR}, {tx_p_holiday_day, N_HOLIDAY_DAY},
        {tx_p_days_run, N_DAYS_RUN}, {tx_p_unit_next, N_UNIT_NEXT}, {tx_p_turn_century, THE},
        {tx_p_day_part, K(TX_DAYTIME)}, {tx_p_rest, 0}, {tx_p_new_year, THE | K(TX_UNIT)}};
    return longest(s, i, out, ps, sizeof ps / sizeof *ps) > 0;
}

#undef K
#undef THIS
#undef THE
