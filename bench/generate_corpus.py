#!/usr/bin/env python3
"""Writes a synthetic newsroom archive for benchmarking claimcheck.

    bench/generate_corpus.py --out /tmp/cc-corpus            # 2,000 stories, ~110,000 claims
    bench/generate_corpus.py --out /tmp/small --stories 20   # a small one for `claimcheck lint`

The output folder gets a `claims/` tree in the layout of spec §2 (story.toml,
one claim file per source, articles/), plus `corpus.json` with the counts and
the disagreements that were planted. Every story has 3-8 sources (--sources),
articles of 2-6 kB of English-like prose, and claims of every kind (quantity,
date, name, frame, quote) with values across the value language: exact and
round numbers, number words, qualifiers, ranges, proportions, percentages,
millions, durations; ISO and written dates, weekdays, relative dates, date
ranges; framing levels of the built-in scales; names with registered,
style, diacritic, generic-term and transliteration variants.

Every quote occurs exactly once in its article (the article is written around
its quotes and then checked), so anchors resolve exactly. Within each topic
the sources agree, except for a controlled share of topics: --disagree (one
source contradicts the others: an error) and --soft (one source differs in a
compatible way: rounding, a qualifier, a spelling variant, a nearby framing
level: a warning or a note).

The output depends only on the arguments: the same --seed gives the same
bytes. Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sys

# ---------------------------------------------------------------- vocabulary

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTH_ABBR = {1: "Jan.", 2: "Feb.", 8: "Aug.", 10: "Oct.", 11: "Nov.", 12: "Dec."}

ONSETS = ["B", "C", "D", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "V", "W",
          "Br", "Cr", "Dr", "Gr", "St", "Tr", "Th", "Sh", "Gl", "Fr"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "y"]
CODAS = ["l", "n", "r", "s", "m", "nd", "rd", "st", "lk", "th", "v", "d", "g"]
PLACE_ENDINGS = ["mora", "vik", "stad", "burg", "ford", "ria", "heim", "ton", "dale", "port",
                 "wick", "haven", "field", "mouth", "ingen", "osa", "ara", "ley", "minster"]

FIRST_NAMES = ["Elena", "Marcus", "Amira", "Jonas", "Priya", "Tomas", "Helena", "Daniel",
               "Sofia", "Rafael", "Ingrid", "Samuel", "Lucia", "Viktor", "Nadia", "Oliver",
               "Greta", "Mateo", "Leila", "Anton", "Clara", "Felix", "Yara", "Hugo", "Irene",
               "Pavel", "Rosa", "Emil", "Mira", "Julian"]
SURNAMES = ["Marsh", "Halvorsen", "Okafor", "Brennan", "Castell", "Lindqvist", "Moreau",
            "Novak", "Petrescu", "Quint", "Rahimi", "Sandoval", "Thorne", "Varga", "Whitlock",
            "Abernathy", "Bellamy", "Carrow", "Delacroix", "Eastman", "Falk", "Greer",
            "Hollis", "Ivers", "Jessup", "Kovacs", "Lowell", "Merrick", "Osei", "Pryce"]
KOREAN_SURNAMES = ["Park", "Kim", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Han", "Oh"]
KOREAN_SYLLABLES = ["min", "jun", "seo", "yeon", "ji", "hoon", "woo", "jae", "sung", "hee",
                    "young", "dong", "hyun", "soo", "eun", "kyung", "tae", "myung"]
# Japanese syllables; the ones with a macron have a house (plain) spelling.
JP_SYLLABLES = ["ka", "ki", "ko", "sa", "shi", "ta", "to", "na", "ni", "ha", "mi", "mo",
                "ya", "yo", "ri", "ro", "wa", "chi", "tsu", "se", "ku", "su"]
JP_LONG = {"o": "ō", "u": "ū"}
JP_GIVEN = ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Kaito", "Mei", "Riku", "Sakura",
            "Takumi", "Yuna", "Daiki", "Emi", "Kenta", "Nao"]

THEMES = {
    "flood": {
        "toll_label": "People killed in the flood",
        "event": "flood", "site": "Dam", "count_noun": ["residents", "people", "villagers"],
        "count_verb": ["were killed", "died", "lost their lives"],
        "group": "the dead", "place_role": "the flooded district",
        "headline": "Flood toll rises in {place}",
        "agreement": "rebuild the {site} spillway",
    },
    "mine": {
        "toll_label": "Miners killed in the disaster",
        "event": "mine disaster", "site": "Coal Mine", "count_noun": ["miners", "workers"],
        "count_verb": ["perished", "were trapped", "died underground"],
        "group": "the miners", "place_role": "the mining town",
        "headline": "Families seek answers over the {site}",
        "agreement": "excavate the {site} shafts",
    },
    "summit": {
        "toll_label": "Delegates at the talks",
        "event": "summit", "site": "Temple", "count_noun": ["delegates", "officials"],
        "count_verb": ["attended the talks", "took part in the talks", "joined the talks"],
        "group": "the delegates", "place_role": "the host city",
        "headline": "Leaders meet in {place}",
        "agreement": "expand the {place} ferry link",
    },
    "strike": {
        "toll_label": "Workers on strike",
        "event": "strike", "site": "Port", "count_noun": ["workers", "dockers", "employees"],
        "count_verb": ["walked out", "joined the stoppage", "stayed off the job"],
        "group": "the strikers", "place_role": "the harbour district",
        "headline": "Strike halts work at {site}",
        "agreement": "reopen the {site} terminals",
    },
    "festival": {
        "toll_label": "Visitors at the opening",
        "event": "festival", "site": "Castle", "count_noun": ["visitors", "guests", "people"],
        "count_verb": ["attended the opening", "came for the opening night", "passed the gates"],
        "group": "the visitors", "place_role": "the old town",
        "headline": "Crowds return to {place}",
        "agreement": "restore the {site} walls",
    },
}

# Filler prose: sentences with no numbers, dates or names, so that no
# quote can occur in them by accident.
FILLER_SUBJECTS = ["Officials", "Local residents", "Analysts", "Several witnesses", "The ministry",
                   "Regional authorities", "Community leaders", "Opposition figures",
                   "Business owners", "The council", "Observers", "Aid groups", "Engineers",
                   "Neighbouring towns", "Critics", "Supporters of the plan"]
FILLER_VERBS = ["said", "noted", "warned", "argued", "suggested", "stressed", "acknowledged",
                "pointed out", "insisted", "conceded"]
FILLER_CLAUSES = [
    "the response had been slower than many had hoped",
    "the situation remained difficult for families in the area",
    "questions about funding would have to be answered soon",
    "the process would take longer than initially expected",
    "public confidence depended on a transparent review",
    "the lessons of the past had not been fully learned",
    "cooperation between the agencies had improved in recent years",
    "the region needed a clearer long-term strategy",
    "further talks would be needed before any decision",
    "the costs were likely to fall on ordinary households",
    "local knowledge had been overlooked in the planning",
    "the debate reflected deeper divisions over priorities",
    "the outcome would shape policy well beyond the region",
    "the mood in the streets was cautious rather than hopeful",
    "independent experts should be allowed to inspect the records",
    "the schedule left little room for consultation",
    "the authorities had promised a full account of events",
    "rebuilding trust would require patience on all sides",
]
FILLER_EXTRAS = [
    "Much of the discussion focused on practical questions of access and safety.",
    "The mood among those gathered outside was subdued.",
    "Few people expected a quick resolution.",
    "Reporters were kept behind a barrier for most of the afternoon.",
    "The weather added to the difficulties faced by the crews.",
    "Details of the arrangements were not made public.",
    "A spokesperson declined to comment on the negotiations.",
    "The episode has revived an old argument about responsibility.",
    "Volunteers handed out water and blankets near the main road.",
    "Some shops in the area remained closed throughout the week.",
    "The announcement drew a mixed reaction from the public.",
    "Attention is now turning to what happens next.",
    "The background to the dispute stretches back many decades.",
    "Schools in the area reopened under tight supervision.",
    "Local newspapers devoted several pages to the story.",
    "Historians have long debated how the events should be remembered.",
]
FILLER_TAILS = ["", "", "", " in a statement", " on condition of anonymity",
                " in remarks to reporters", " at a briefing", " in an interview"]

# Quote claims: statements made of these words (different from the filler's).
STATEMENT_OPENINGS = ["We will", "Our people expect us to", "It is our duty to", "We are determined to",
                      "Nobody should forget that we must", "This government will",
                      "Together we can", "I promise that we will"]
STATEMENT_VERBS = ["rebuild", "protect", "honour", "strengthen", "restore", "defend", "support",
                   "renew", "safeguard", "deepen"]
STATEMENT_OBJECTS = ["the trust of every family", "the memory of those we lost",
                     "a future worthy of our children", "the bonds between our communities",
                     "the dignity of working people", "an honest account of what happened",
                     "the promise we made to the victims", "a partnership built on respect",
                     "the institutions that serve the public", "the livelihoods of the coast"]
STATEMENT_TAILS = ["no matter how long it takes", "step by step and in good faith",
                   "with humility and resolve", "before the next winter comes",
                   "together with our neighbours", "without any further delay",
                   "for as long as it is needed", "in full view of the public"]

# Framing: phrases whose cues fit each level of the built-in scales.
FRAME_PHRASES = {
    "certainty": {
        "ruled-out": ["ruled out any plan to {a}", "rejected calls to {a}"],
        "doubtful": ["appeared unlikely to {a}", "cast doubt on efforts to {a}"],
        "possible": ["may eventually {a}", "could possibly {a}"],
        "probable": ["are likely to {a}", "are expected to {a}"],
        "planned": ["plan to {a}", "intend to {a}"],
        "agreed": ["agreed to {a}", "signed a deal to {a}"],
        "done": ["completed work to {a}", "have already moved to {a}"],
    },
    "significance": {
        "setback": ["a setback for efforts to {a}"],
        "none": ["no progress on plans to {a}"],
        "modest": ["modest progress on plans to {a}"],
        "meaningful": ["meaningful progress on plans to {a}"],
        "major": ["a major breakthrough on plans to {a}"],
        "historic": ["a historic step in plans to {a}", "a landmark deal to {a}"],
    },
    "novelty": {
        "first": ["the first talks on plans to {a}"],
        "resumed": ["resumed talks on plans to {a}"],
        "continued": ["continued talks on plans to {a}"],
        "consolidated": ["consolidated earlier work on plans to {a}"],
    },
    "status": {
        "absent": ["did not raise plans to {a}"],
        "mentioned": ["briefly mentioned plans to {a}"],
        "discussed": ["discussed plans to {a}"],
        "addressed": ["addressed plans to {a} in detail"],
        "resolved": ["settled the dispute over plans to {a}"],
    },
}
SCALES = {name: list(levels) for name, levels in FRAME_PHRASES.items()}

OUTLETS = ["The Morning Ledger", "Harbour Times", "Northern Courier", "Daily Meridian",
           "The Evening Post", "Coastal Herald", "Metro Wire", "The Observer Review",
           "Capital Dispatch", "Valley Gazette", "Continental Press", "The Weekly Standard-Bearer"]

SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> str:
    """English words for 0 <= n < 1000 ("one hundred eighty-three")."""
    if n < 20:
        return SMALL[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + SMALL[n % 10])
    rest = n % 100
    return SMALL[n // 100] + " hundred" + ("" if rest == 0 else " " + number_words(rest))


def grouped(n: int) -> str:
    return f"{n:,}"


def round_to(n: int, step: int) -> int:
    return int(round(n / step)) * step


def step_of(n: int) -> int:
    if n >= 10000:
        return 1000
    if n >= 1000:
        return 100
    return 10


def long_date(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def toml_string(text: str) -> str:
    out = ['"']
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


# ---------------------------------------------------------------- names

def place_name(rng: random.Random) -> str:
    return (rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) + rng.choice(PLACE_ENDINGS)).capitalize()


def korean_name(rng: random.Random):
    given = rng.sample(KOREAN_SYLLABLES, 2)
    house = f"{rng.choice(KOREAN_SURNAMES)} {given[0].capitalize()}-{given[1]}"
    style = house.replace("-", " ").title()          # "Park Min Jun": a style variant
    return house, [], style


def japanese_word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(JP_SYLLABLES) for _ in range(syllables))


def japanese_name(rng: random.Random):
    # The house spelling drops macrons; the macron spelling is a registered variant.
    family = japanese_word(rng, rng.choice([2, 3]))
    if not any(c in "ou" for c in family):
        family += "o"
    long_at = max(i for i, c in enumerate(family) if c in "ou")
    family_macron = family[:long_at] + JP_LONG[family[long_at]] + family[long_at + 1:]
    given = rng.choice(JP_GIVEN)
    house = f"{given} {family.capitalize()}"
    variant = f"{given} {family_macron.capitalize()}"
    return house, [variant], variant


def western_name(rng: random.Random):
    house = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
    first, last = house.split(" ")
    return house, [f"{first[0]}. {last}"], house.upper()


def transliterated(name: str) -> str:
    """A spelling read through another language's romanisation (ch/j, k/g, t/d, p/b)."""
    swaps = [("Ch", "J"), ("K", "G"), ("T", "D"), ("P", "B"), ("ch", "j"), ("k", "g")]
    for a, b in swaps:
        if a in name:
            return name.replace(a, b, 1)
    return name + "e"


# ---------------------------------------------------------------- topics

class Rendered:
    """One claim as a source writes it: the quote, its sentence, the TOML value."""

    def __init__(self, quote: str, sentence: str, value: str | None, extra=None, alternates=()):
        self.quote = quote
        self.sentence = sentence
        self.value = value
        self.extra = extra or {}
        self.alternates = alternates  # longer quotes to fall back to, each contained in sentence


def said(rng: random.Random, quote: str, lead: list[str], tail: list[str]) -> str:
    return f"{rng.choice(lead)} {quote}{rng.choice(tail)}."


LEADS = ["Officials said", "Authorities confirmed that", "According to officials,",
         "The final count showed that", "Figures released on the day showed",
         "A spokesperson said", "It was reported that", "Records indicate that"]
TAILS = ["", ", according to the latest figures", ", officials said", ", the report said",
         " according to local authorities"]


class Story:
    def __init__(self, index: int, rng: random.Random, sources: int, topics: int, claims: int,
                 disagree: float, soft: float):
        self.index = index
        self.rng = rng
        self.theme_name = rng.choice(sorted(THEMES))
        self.theme = THEMES[self.theme_name]
        self.id = f"story-{index:05d}-{self.theme_name}"
        self.place = place_name(rng)
        self.other_place = place_name(rng)
        while self.other_place == self.place:
            self.other_place = place_name(rng)
        site_word = japanese_word(rng, 2).capitalize()
        self.site = f"{site_word}ji" if self.theme["site"] == "Temple" else place_name(rng)
        self.site_full = f"{self.site} {self.theme['site']}"
        year = rng.choice([2024, 2025, 2026])
        # Event dates keep a week's margin inside the year, so relative dates
        # and month abbreviations never cross a year boundary.
        self.date = dt.date(year, 2, 1) + dt.timedelta(days=rng.randrange(0, 290))
        self.title = self.theme["headline"].format(place=self.place, site=self.site_full)
        self.action = self.theme["agreement"].format(place=self.place, site=self.site_full)
        self.n_sources = sources
        self.n_claims = claims
        self.disagree = disagree
        self.soft = soft
        self.entities = []
        self.topics = []
        self._make_entities()
        self._make_topics(topics)

    # -- entities ------------------------------------------------------------

    def _make_entities(self) -> None:
        rng = self.rng
        makers = [korean_name, japanese_name, western_name]
        rng.shuffle(makers)
        people = []
        seen = set()
        for role, maker in zip(["leader", "minister", "spokesperson"], makers):
            house, variants, soft_variant = maker(rng)
            while house in seen:
                house, variants, soft_variant = maker(rng)
            seen.add(house)
            people.append((role, house, variants, soft_variant))
        self.people = people
        for role, house, variants, _ in people:
            self.entities.append({"id": f"{role}", "name": house, "variants": variants})
        self.entities.append({"id": "place", "name": self.place, "variants": []})
        if self.theme["site"] == "Temple":
            site_variants = [f"{self.site[:-2]}-ji", self.site]
            generic = f"{self.site[:-2]} Temple"  # drops "-ji" (= temple): the generic-term rule
        else:
            site_variants = [self.site]
            generic = f"{self.site} {self.theme['site'].lower()}"
        self.site_variants = site_variants
        self.site_generic = generic
        self.entities.append({"id": "site", "name": self.site_full, "variants": site_variants})

    # -- topics --------------------------------------------------------------

    def _make_topics(self, count: int) -> None:
        rng = self.rng
        makers = [
            ("quantity", self._topic_toll), ("quantity", self._topic_share),
            ("quantity", self._topic_percent), ("quantity", self._topic_duration),
            ("quantity", self._topic_gap), ("quantity", self._topic_age),
            ("quantity", self._topic_population), ("quantity", self._topic_range),
            ("quantity", self._topic_dozen), ("quantity", self._topic_money),
            ("quantity", self._topic_distance), ("quantity", self._topic_change),
            ("quantity", self._topic_rate_cut), ("quantity", self._topic_fraction),
            ("quantity", self._topic_estimate), ("quantity", self._topic_height),
            ("date", self._topic_event_date), ("date", self._topic_span),
            ("date", self._topic_history_year), ("date", self._topic_period),
            ("date", self._topic_last_year),
            ("name", self._topic_person("leader")), ("name", self._topic_person("minister")),
            ("name", self._topic_venue), ("name", self._topic_site),
            ("frame", self._topic_frame("certainty")), ("frame", self._topic_frame("significance")),
            ("frame", self._topic_frame("novelty")), ("frame", self._topic_frame("status")),
            ("quote", self._topic_quote(0)), ("quote", self._topic_quote(1)),
        ]
        # One topic of every kind first, then any others.
        by_kind = {}
        for kind, maker in makers:
            by_kind.setdefault(kind, []).append(maker)
        chosen = [rng.choice(by_kind[k]) for k in ["quantity", "date", "name", "frame", "quote"]]
        rest = [m for _, m in makers if m not in chosen]
        rng.shuffle(rest)
        chosen += rest[: max(0, count - len(chosen))]
        for maker in chosen[:max(count, 5)]:
            topic = maker()
            roll = rng.random()
            topic["plan"] = "conflict" if roll < self.disagree else (
                "soft" if roll < self.disagree + self.soft else "agree")
            self.topics.append(topic)

    # Each topic is a dict: id, kind, label (+ unit/scope/scale), undeclared,
    # and render(rng, source, variant) -> Rendered, variant in agree/soft/conflict.

    def _topic_toll(self):
        rng = self.rng
        n = rng.choice([rng.randrange(12, 99), rng.randrange(101, 999), rng.randrange(1001, 9999)])
        if n % 10 == 0:
            n += 3
        noun_verb = [(rng.choice(self.theme["count_noun"]), v) for v in self.theme["count_verb"]]
        timeline = rng.random() < 0.1
        earlier = self.date - dt.timedelta(days=rng.randrange(1, 4))
        first_count = max(2, n * rng.randrange(40, 80) // 100)

        def render(rng, source, variant):
            noun, verb = rng.choice(noun_verb)
            extra = {}
            if timeline:
                extra["as_of"] = self.date.isoformat()
            if variant == "agree":
                value = f"{grouped(n)} people"
                words = number_words(n) if n < 1000 and rng.random() < 0.3 else grouped(n)
                quote = f"{words} {noun} {verb}"
            elif variant == "soft":
                step = step_of(n)
                form = rng.choice(["about", "more than", "rounded", "range", "scope"] +
                                  (["timeline"] if timeline else []))
                if form == "about":
                    r = round_to(n, step)
                    word = rng.choice(["about", "around", "approximately", "nearly", "roughly"])
                    value = f"{word} {grouped(r)} people"
                    quote = f"{word} {grouped(r)} {noun} {verb}"
                elif form == "more than":
                    f = (n - 1) // step * step
                    word = rng.choice(["more than", "over", "at least"])
                    value = f"{word} {grouped(f)} people"
                    quote = f"{word} {grouped(f)} {noun} {verb}"
                elif form == "rounded":
                    r = round_to(n, step)
                    value = f"{grouped(r)} people"
                    quote = f"{grouped(r)} {noun} {verb}"
                elif form == "range":
                    a, b = n - rng.randrange(1, 4), n + rng.randrange(1, 4)
                    shape = rng.choice(["between {a} and {b}", "{a}-{b}", "{a} to {b}"])
                    text = shape.format(a=grouped(a), b=grouped(b))
                    value = f"{text} people"
                    quote = f"{text} {noun} {verb}"
                elif form == "scope":
                    k = max(1, n * rng.randrange(20, 70) // 100)
                    value = f"{grouped(k)} people"
                    quote = f"{grouped(k)} of the victims were children"
                    extra["scope"] = "children"
                else:
                    value = f"{grouped(first_count)} people"
                    quote = f"an early count of {grouped(first_count)} {noun}"
                    extra["as_of"] = earlier.isoformat()
            else:
                m = int(n * rng.uniform(1.4, 2.2)) + 1
                value = f"{grouped(m)} people"
                quote = f"{grouped(m)} {noun} {verb}"
            sentence = said(rng, quote, LEADS, TAILS) + (
                f" Of those, many had lived in {self.theme['place_role']}." if rng.random() < 0.3 else "")
            return Rendered(quote, sentence, value, extra)

        return {"id": "toll", "kind": "quantity", "label": self.theme["toll_label"],
                "unit": "people", "scope": "all victims", "render": render}

    def _topic_share(self):
        rng = self.rng
        total = rng.randrange(40, 400)
        part = rng.randrange(total * 55 // 100, total * 90 // 100)
        group = rng.choice(["were local residents", "came from the region", "were under forty"])

        def render(rng, source, variant):
            if variant == "agree":
                value = f"{part} of {total}"
                quote = f"{part} of the {total} {group}" if rng.random() < 0.7 else \
                    f"{number_words(part) if part < 1000 else part} of {total} people {group}"
            elif variant == "soft":
                word = rng.choice(["most", "the majority", "predominantly"])
                value = {"most": "most", "the majority": "majority", "predominantly": "predominantly"}[word]
                quote = f"{word} of those counted {group}" if word != "predominantly" else \
                    f"those counted predominantly {group}"
            else:
                other = max(1, total * rng.randrange(5, 30) // 100)
                value = f"{other} of {total}"
                quote = f"{other} of the {total} {group}"
            return Rendered(quote, said(rng, quote, LEADS, TAILS), value)

        return {"id": "toll.share", "kind": "quantity", "label": "Share of the people counted",
                "unit": "", "render": render}

    def _topic_percent(self):
        rng = self.rng
        p = rng.randrange(52, 94)
        what = rng.choice(["of households lost power", "of respondents backed the plan",
                           "of the budget was spent", "of the roads were reopened"])

        def render(rng, source, variant):
            if variant == "agree":
                value = f"{p}%"
                quote = f"{p}% {what}" if rng.random() < 0.7 else f"{p} percent {what}"
            elif variant == "soft":
                r = round_to(p, 5)
                value = f"about {r}%"
                quote = f"about {r}% {what}"
            else:
                q = max(3, p - rng.randrange(30, 45))
                value = f"{q}%"
                quote = f"{q}% {what}"
            return Rendered(quote, said(rng, quote, LEADS, TAILS), value)

        return {"id": "percent", "kind": "quantity", "label": "Percentage reported", "unit": "%",
                "tolerance": "5%", "render": render}

    def _topic_money(self):
        rng = self.rng
        b = rng.randrange(12, 95) / 10
        sign, code, word = rng.choice([("$", "USD", "dollars"), ("\u20ac", "EUR", "euros"),
                                       ("\u00a3", "GBP", "pounds sterling")])

        def render(rng, source, variant):
            if variant == "agree":
                value = rng.choice([f"{sign}{b:.1f} billion", f"{sign}{b:.1f}bn", f"{code} {b:.1f} billion"])
                quote = f"a package worth {value}"
            elif variant == "soft":
                value = f"about {sign}{round(b)} billion"
                quote = f"about {sign}{round(b)} billion in aid"
            else:
                value = f"{b + 3:.1f} billion {word}"
                quote = f"aid of {value}"
            return Rendered(quote, said(rng, quote, LEADS, TAILS), value)

        return {"id": "money", "kind": "quantity", "label": "Amount pledged", "unit": code, "render": render}

    def _topic_distance(self):
        rng = self.rng
        km = rng.randrange(20, 400)

        def render(rng, source, variant):
            if variant == "agree":
                value = rng.choice([f"{km} km", f"{km}km", f"{km} kilometres"])
            elif variant == "soft":
                value = f"about {round(km / 1.609344)} miles"
            else:
                value = f"{km * 2 + 50} km"
            quote = f"{value} from the coast"
            return Rendered(quote, said(rng, quote, LEADS, TAILS), value)

        return {"id": "distance", "kind": "quantity", "label": "Distance from the coast", "unit": "km",
                "render": render}

    def _topic_change(self):
        rng = self.rng
        p = rng.randrange(2, 60)

        def render(rng, source, variant):
            if variant == "agree":
                value = rng.choice([f"up {p}%", f"rose {p} percent", f"+{p}%"])
            elif variant == "soft":
                value = "doubled" if p > 50 else f"up about {p}%"
            else:
                value = f"fell {p}%"
            quote = f"exports {value}" if not value.startswith(("up", "+")) else f"exports were {value}"
            return Rendered(quote, said(rng, quote, LEADS, TAILS), value)

        return {"id": "change", "kind": "quantity", "label": "Change in exports", "unit": "", "render": render}

    def _topic_rate_cut(self):
        rng = self.rng
        bp = rng.choice([25, 50, 75])

        def render(rng, source, variant):
            if variant == "agree":
                value = rng.choice([f"{bp} basis points", f"{bp / 100:.2f} percentage point"])
            elif variant == "soft":
                value = {25: "a quarter-point", 50: "a half-point", 75: "75 bp"}[bp]
            else:
                value = f"{bp + 50} basis points"
            quote = f"a cut of {value}"
            return Rendered(quote, said(rng, quote, LEADS, TAILS), value)

        return {"id": "rate.cut", "kind": "quantity", "label": "Rate cut", "unit": "percentage points",
                "render": render}

    def _topic_estimate(self):
        rng = self.rng
        point = rng.randrange(40, 400)
        low, high = point - rng.randrange(10, point // 2), point + rng.randrange(10, point)

        def render(rng, source, variant):
            if variant == "agree":
                value = rng.choice([f"{point} (95% CI {low}-{high})",
                                    f"an estimated {point}, with a range of {low} to {high}",
                                    f"{point} (95% confidence interval {low} to {high})"])
            elif variant == "soft":
                value = f"up to {high}"
            else:
                value = f"{high + point}"
            quote = f"excess deaths of {value}"
            return Rendered(quote, said(rng, quote, LEADS, TAILS), value)

        return {"id": "deaths.estimate", "kind": "quantity", "label": "Estimated excess deaths", "unit": "",
                "render": render}

    def _topic_height(self):
        rng = self.rng
        feet, inches = rng.randrange(20, 60), rng.randrange(1, 12)
        lower, upper = feet - rng.randrange(2, 5), feet + rng.randrange(2, 5)

        def render(rng, source, variant):
            if variant == "agree":
                value = rng.choice([f"{feet} ft {inches} in", f"{feet} feet {inches} inches"])
            elif variant == "soft":
                value = rng.choice([f"more than {lower} and at most {upper} feet",
                                    f"from {lower} to {upper} feet"])
            else:
                value = f"{feet * 2} feet"
            quote = f"a wave of {value}"
            return Rendered(quote, said(rng, quote, LEADS, TAILS), value)

        return {"id": "wave.height", "kind": "quantity", "label": "Height of the wave", "unit": "feet",
                "render": render}

    def _topic_fraction(self):
        rng = self.rng
        word, share = rng.choice([("two-thirds", 67), ("a third", 33), ("three-quarters", 75), ("a fifth", 20)])

        def render(rng, source, variant):
            if variant == "agree":
                value = word
            elif variant == "soft":
                value = f"{share}%"
            else:
                value = f"{share + 20}%"
            quote = f"{value} of the seats"
            return Rendered(quote, said(rng, quote, LEADS, TAILS), value)

        return {"id": "fraction", "kind": "quantity", "label": "Share of the seats", "unit": "%", "render": render}

    def _topic_duration(self):
        rng = self.rng
        d = rng.randrange(2, 6)
        event = self.theme["event"]

        def render(rng, source, variant):
            if variant == "agree":
                value = f"{d} days"
                quote = rng.choice([f"the {number_words(d)}-day {event}", f"{d} days of the {event}"])
            elif variant == "soft":
                value = f"at least {d - 1} days"
                quote = f"at least {number_words(d - 1)} days of the {event}"
            else:
                e = d + rng.randrange(3, 6)
                value = f"{e} days"
                quote = f"the {number_words(e)}-day {event}"
            lead = ["Coverage of", "Reports on", "Preparations for", "The aftermath of"]
            sentence = f"{rng.choice(lead)} {quote} dominated the local news."
            return Rendered(quote, sentence, value)

        return {"id": "event.duration", "kind": "quantity", "label": f"Length of the {event}",
                "unit": "days", "render": render}

    def _topic_gap(self):
        rng = self.rng
        months = rng.randrange(3, 10)

        def render(rng, source, variant):
            if variant == "agree":
                if rng.random() < 0.5:
                    value = f"about {months} months"
                    quote = f"for the first time in about {number_words(months)} months"
                else:
                    value = f"about {months} months"
                    quote = f"for the first time in roughly {months} months"
            elif variant == "soft":
                value = f"{months * 4} weeks"
                quote = f"for the first time in {months * 4} weeks"
            else:
                m = months + rng.randrange(8, 14)
                value = f"about {m} months"
                quote = f"for the first time in about {m} months"
            sentence = f"The two sides sat down together {quote}, a sign of renewed contact."
            return Rendered(quote, sentence, value)

        return {"id": "contact.gap", "kind": "quantity", "label": "Time since the previous direct talks",
                "unit": "months", "render": render}

    def _topic_age(self):
        rng = self.rng
        years = rng.choice([300, 450, 600, 800, 1300, 1500, 2000])

        def render(rng, source, variant):
            if variant == "agree":
                value = f"more than {grouped(years)} years"
                quote = f"more than {grouped(years)} years of history"
            elif variant == "soft":
                quote = f"some {grouped(years)} years of history"
                value = f"some {grouped(years)} years"
            else:
                y = years * 2 + 100
                value = f"more than {grouped(y)} years"
                quote = f"more than {grouped(y)} years of history"
            sentence = f"Guides like to remind visitors that {self.place} has {quote} behind it."
            return Rendered(quote, sentence, value)

        return {"id": "place.age", "kind": "quantity", "label": f"Age of {self.place}", "unit": "years",
                "render": render}

    def _topic_population(self):
        rng = self.rng
        millions = rng.randrange(105, 990) / 100  # 1.05 .. 9.89 million

        def render(rng, source, variant):
            if variant == "agree":
                value = f"{millions:.2f} million residents"
                quote = f"a region of {millions:.2f} million residents"
            elif variant == "soft":
                if rng.random() < 0.5:
                    value = f"about {millions:.1f} million residents"
                    quote = f"a region of about {millions:.1f} million residents"
                else:
                    k = int(round(millions * 1000))
                    value = f"{k}k residents"
                    quote = f"a region of {k}k residents"
            else:
                other = millions * 2.5 + 1
                value = f"{other:.2f} million residents"
                quote = f"a region of {other:.2f} million residents"
            sentence = f"The {self.theme['event']} struck {quote}, officials noted."
            return Rendered(quote, sentence, value)

        return {"id": "region.population", "kind": "quantity", "label": "Population of the region affected",
                "unit": "residents", "render": render}

    def _topic_range(self):
        rng = self.rng
        low = rng.randrange(20, 300)
        high = low + rng.randrange(5, 30)
        what = rng.choice(["rescue workers", "police officers", "volunteers"])

        def render(rng, source, variant):
            if variant == "agree":
                value = f"between {low} and {high} {what}"
                quote = f"between {low} and {high} {what}"
            elif variant == "soft":
                mid = (low + high) // 2
                value = f"about {mid} {what}"
                quote = f"about {mid} {what}"
            else:
                value = f"{high * 3} {what}"
                quote = f"{high * 3} {what}"
            sentence = f"Organisers deployed {quote} across {self.theme['place_role']}."
            return Rendered(quote, sentence, value)

        return {"id": "response.size", "kind": "quantity", "label": "People deployed in the response",
                "unit": what, "undeclared": False, "render": render}

    def _topic_dozen(self):
        rng = self.rng
        n = rng.choice([12, 4, 6, 60])
        words = {12: "a dozen", 4: "four", 6: "six", 60: "sixty"}[n]

        def render(rng, source, variant):
            if variant == "agree":
                value = f"{words} buildings" if rng.random() < 0.5 else f"{n} buildings"
                quote = f"{words} buildings were damaged"
            elif variant == "soft":
                value = f"up to {n} buildings"
                quote = f"up to {n} buildings were damaged"
            else:
                value = f"{n * 5} buildings"
                quote = f"{n * 5} buildings were damaged"
            return Rendered(quote, said(rng, quote, LEADS, TAILS), value)

        # An undeclared topic: its claims carry `kind`.
        return {"id": "damage.buildings", "kind": "quantity", "label": "Buildings damaged",
                "undeclared": True, "render": render}

    def _topic_event_date(self):
        d = self.date
        event = self.theme["event"]

        def render(rng, source, variant):
            published = source["published"]
            lag = (published - d).days
            if variant == "agree":
                forms = [("iso", d.isoformat(), f"the {event} on {long_date(d)}"),
                         ("long", long_date(d), f"the {event} on {long_date(d)}"),
                         ("dmy", f"{d.day} {MONTHS[d.month - 1]} {d.year}",
                          f"the {event} on {d.day} {MONTHS[d.month - 1]} {d.year}"),
                         ("weekday", WEEKDAYS[d.weekday()], f"the {event} on {WEEKDAYS[d.weekday()]}")]
                if 2 <= lag <= 6:
                    forms.append(("rel", f"{lag} days earlier",
                                  f"the {event} {number_words(lag)} days earlier"))
                if lag == 1:
                    forms.append(("rel", "yesterday", f"the {event} yesterday"))
                if d.month in MONTH_ABBR:
                    forms.append(("abbr", f"{MONTH_ABBR[d.month]} {d.day}",
                                  f"the {event} on {MONTH_ABBR[d.month]} {d.day}"))
                _, value, quote = rng.choice(forms)
            elif variant == "soft":
                value = f"{MONTHS[d.month - 1]} {d.year}"
                quote = f"the {event} in {MONTHS[d.month - 1]} {d.year}"
            else:
                other = d + dt.timedelta(days=rng.randrange(8, 40))
                value = other.isoformat()
                quote = f"the {event} on {long_date(other)}"
            sentence = f"Witnesses described {quote} as chaotic."
            return Rendered(quote, sentence, value)

        return {"id": "event.date", "kind": "date", "label": f"Day of the {event}", "render": render}

    def _topic_span(self):
        d = self.date
        e = d + dt.timedelta(days=1)
        event = self.theme["event"]

        def render(rng, source, variant):
            if variant == "agree":
                if rng.random() < 0.5:
                    value = f"{d.isoformat()}/{e.isoformat()}"
                    quote = f"from {long_date(d)} to {long_date(e)}"
                else:
                    value = f"{MONTHS[d.month - 1]} {d.day}-{e.day}, {d.year}" if d.month == e.month else \
                        f"{d.isoformat()}/{e.isoformat()}"
                    quote = f"from {long_date(d)} until {long_date(e)}"
            elif variant == "soft":
                value = d.isoformat()
                quote = f"starting on {long_date(d)}"
            else:
                o = d + dt.timedelta(days=rng.randrange(10, 30))
                value = f"{o.isoformat()}/{(o + dt.timedelta(days=1)).isoformat()}"
                quote = f"from {long_date(o)} to {long_date(o + dt.timedelta(days=1))}"
            sentence = f"The main {event} events ran {quote}, the organisers said."
            return Rendered(quote, sentence, value)

        return {"id": "event.span", "kind": "date", "label": f"Days the {event} lasted", "render": render}

    def _topic_history_year(self):
        rng = self.rng
        year = rng.randrange(1900, 2010)
        month = rng.randrange(1, 13)

        def render(rng, source, variant):
            if variant == "agree":
                value = f"{year}"
                quote = f"the disaster of {year}"
            elif variant == "soft":
                value = f"{MONTHS[month - 1]} {year}"
                quote = f"the disaster of {MONTHS[month - 1]} {year}"
            else:
                y = year + rng.choice([-1, 1]) * rng.randrange(3, 15)
                value = f"{y}"
                quote = f"the disaster of {y}"
            sentence = f"Many older residents still remember {quote} and its victims."
            return Rendered(quote, sentence, value)

        return {"id": "history.year", "kind": "date", "label": "Year of the earlier disaster", "render": render}

    def _topic_period(self):
        rng = self.rng
        a = rng.randrange(1880, 1950)
        b = a + rng.randrange(10, 40)

        def render(rng, source, variant):
            if variant == "agree":
                value = f"{a}/{b}"
                quote = f"between {a} and {b}"
            elif variant == "soft":
                value = f"{a}/{b - 1}"
                quote = f"from {a} until {b - 1}"
            else:
                c = b + rng.randrange(5, 20)
                value = f"{c}/{c + (b - a)}"
                quote = f"between {c} and {c + (b - a)}"
            sentence = f"The district was under outside administration {quote}, historians say."
            return Rendered(quote, sentence, value)

        return {"id": "history.period", "kind": "date", "label": "Period of outside administration",
                "render": render}

    def _topic_last_year(self):
        year = self.date.year - 1

        def render(rng, source, variant):
            if variant == "agree":
                if rng.random() < 0.5:
                    value = "last year"
                    quote = "the inspection last year"
                else:
                    value = f"{year}"
                    quote = f"the inspection in {year}"
            elif variant == "soft":
                value = f"{MONTHS[rng.randrange(0, 12)]} {year}"
                quote = f"the inspection in {value}"
            else:
                value = f"{year - rng.randrange(3, 8)}"
                quote = f"the inspection in {value}"
            sentence = f"Questions were raised after {quote} found several faults."
            return Rendered(quote, sentence, value)

        return {"id": "inspection.date", "kind": "date", "label": "When the inspection took place",
                "render": render}

    def _topic_person(self, role: str):
        def make():
            _, house, variants, soft_variant = next(p for p in self.people if p[0] == role)
            title = {"leader": "President", "minister": "Minister", "spokesperson": "spokesperson"}[role]
            other = self.people[[p[0] for p in self.people].index(role) - 1][1]

            def render(rng, source, variant):
                if variant == "agree":
                    name = house if not variants or rng.random() < 0.8 else variants[0]
                elif variant == "soft":
                    name = rng.choice([soft_variant, transliterated(house)])
                else:
                    name = other
                quote = f"{title} {name}"
                verb = rng.choice(["told reporters", "said in a statement", "spoke briefly"])
                sentence = f"{quote} {verb} that the work would go on."
                return Rendered(quote, sentence, name, alternates=[f"{quote} {verb}"])

            return {"id": f"{role}.name", "kind": "name", "label": f"Name of the {role}", "render": render}

        return make

    def _topic_venue(self):
        event = self.theme["event"]

        def render(rng, source, variant):
            if variant == "agree":
                name = self.place
            elif variant == "soft":
                name = self.place.upper() if rng.random() < 0.5 else self.place[:-1] + "é"
            else:
                name = self.other_place
            quote = f"{self.theme['place_role']} of {name}"
            sentence = f"The {event} was centred on {quote}, far from the capital."
            if rng.random() < 0.3:
                quote = f"centred on {self.theme['place_role']} of {name}"
            return Rendered(quote, sentence, name)

        return {"id": "venue", "kind": "name", "label": f"Where the {event} happened", "render": render}

    def _topic_site(self):
        def render(rng, source, variant):
            if variant == "agree":
                name = self.site_full if rng.random() < 0.7 else rng.choice(self.site_variants)
            elif variant == "soft":
                name = self.site_generic
            else:
                name = f"{self.other_place} {self.theme['site']}"
            sentence = f"Crews gathered near the {name} before dawn."
            if rng.random() < 0.3:
                # The bare name as quote (and no `value`): used where it occurs once.
                return Rendered(name, sentence, name, alternates=[f"near the {name}"])
            return Rendered(f"near the {name}", sentence, name)

        return {"id": "site.name", "kind": "name", "label": "Site at the centre of the story", "render": render}

    def _topic_frame(self, scale: str):
        def make():
            rng = self.rng
            levels = SCALES[scale]
            truth = rng.randrange(1, len(levels) - 1) if len(levels) > 3 else 1

            def render(rng, source, variant):
                level = truth
                if variant == "soft":
                    level = truth + rng.choice([-1, 1])
                    level = min(max(level, 0), len(levels) - 1)
                elif variant == "conflict":
                    far = [i for i in range(len(levels)) if abs(i - truth) >= 3]
                    if not far:
                        far = [0 if truth >= len(levels) // 2 else len(levels) - 1]
                    level = rng.choice(far)
                name = levels[level]
                phrase = rng.choice(FRAME_PHRASES[scale][name]).format(a=self.action)
                if scale == "certainty":
                    sentence = f"Negotiators {phrase}, participants said."
                else:
                    sentence = f"Commentators described the meeting as {phrase}." if scale == "significance" \
                        else f"The two delegations {phrase}, according to people briefed on the talks."
                return Rendered(phrase, sentence, name)

            return {"id": f"plan.{scale}", "kind": "frame", "label": f"Plan to {self.action} ({scale})",
                    "scale": scale, "render": render}

        return make

    def _topic_quote(self, speaker_index: int):
        def make():
            rng = self.rng
            _, speaker, _, _ = self.people[speaker_index]
            words = [rng.choice(STATEMENT_OPENINGS), rng.choice(STATEMENT_VERBS),
                     rng.choice(STATEMENT_OBJECTS), rng.choice(STATEMENT_TAILS)]

            def render(rng, source, variant):
                w = list(words)
                if variant == "soft":
                    w[1] = rng.choice([v for v in STATEMENT_VERBS if v != words[1]])
                elif variant == "conflict":
                    w = [rng.choice([o for o in STATEMENT_OPENINGS if o != words[0]]),
                         rng.choice([v for v in STATEMENT_VERBS if v != words[1]]),
                         rng.choice([o for o in STATEMENT_OBJECTS if o != words[2]]),
                         rng.choice([t for t in STATEMENT_TAILS if t != words[3]])]
                statement = " ".join(w)
                sentence = f"“{statement},” {speaker} said."
                return Rendered(statement, sentence, None, {"speaker": speaker})

            return {"id": f"quote.{['leader', 'minister'][speaker_index]}",
                    "kind": "quote", "label": "Statement to the press", "render": render}

        return make

    # -- sources ---------------------------------------------------------------

    def build(self):
        """Returns (story_toml, [(source_id, claim_toml, article_text)], stats)."""
        rng = self.rng
        outlets = rng.sample(OUTLETS, self.n_sources)
        sources = []
        for i in range(self.n_sources):
            published = self.date + dt.timedelta(days=rng.randrange(1, 7))
            sources.append({"id": f"{i:03d}", "outlet": outlets[i], "published": published,
                            "draft": i == 0 and rng.random() < 0.3})
        # Which source claims what: each source picks n_claims topics (with
        # repeats only when it needs more claims than there are topics).
        picks = []
        for _ in sources:
            order = list(range(len(self.topics)))
            rng.shuffle(order)
            chosen = (order * (self.n_claims // len(order) + 1))[: self.n_claims]
            picks.append(sorted(chosen))
        # The planned odd one out for each topic.
        odd = {}
        stats = {"conflict_topics": 0, "soft_topics": 0, "claims": 0, "dropped": 0}
        for t, topic in enumerate(self.topics):
            holders = [s for s, p in enumerate(picks) if t in p]
            if topic["plan"] != "agree" and len(holders) >= 2:
                odd[t] = rng.choice(holders)
                stats[f"{topic['plan']}_topics"] += 1
        files = []
        for s, source in enumerate(sources):
            rendered = []
            used_quotes = set()
            used_sentences = set()
            for t in picks[s]:
                topic = self.topics[t]
                variant = topic["plan"] if odd.get(t) == s else "agree"
                for _attempt in range(8):
                    r = topic["render"](rng, source, variant)
                    if r.quote not in used_quotes and r.sentence not in used_sentences:
                        break
                else:
                    continue
                used_quotes.add(r.quote)
                used_sentences.add(r.sentence)
                rendered.append((topic, r))
            article, lines = self._article(rng, source, [r.sentence for _, r in rendered])
            claims = []
            for topic, r in rendered:
                quote = self._unique_quote(article, r)
                if quote is None:
                    stats["dropped"] += 1
                    continue
                claims.append((topic, r, quote, lines.get(r.sentence)))
            stats["claims"] += len(claims)
            files.append((source["id"], self._claim_toml(rng, source, claims), article))
        return self._story_toml(), files, stats

    @staticmethod
    def _unique_quote(article: str, r: Rendered):
        for quote in [r.quote, *r.alternates, r.sentence.rstrip(".")]:
            if quote in r.sentence and article.count(quote) == 1 and _occurrences(article, quote) == 1:
                return quote
        return None

    def _filler(self, rng: random.Random, used: set) -> str:
        # Avoids repeating a sentence or a clause within one article where it can.
        for _ in range(4):
            if rng.random() < 0.25:
                sentence = rng.choice(FILLER_EXTRAS)
                key = sentence
            else:
                clause = rng.choice(FILLER_CLAUSES)
                sentence = f"{rng.choice(FILLER_SUBJECTS)} {rng.choice(FILLER_VERBS)}{rng.choice(FILLER_TAILS)} " \
                           f"that {clause}."
                key = clause
            if key not in used:
                break
        used.add(key)
        return sentence

    def _article(self, rng: random.Random, source, sentences):
        """The article text, and the 1-based line of each claim sentence."""
        target = rng.randrange(2000, 6000)
        published = source["published"]
        head = [f"{self.title}", "",
                f"By {rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}, {source['outlet']}", ""]
        pending = list(sentences)
        rng.shuffle(pending)
        paragraphs = []
        size = sum(len(h) + 1 for h in head)
        first = True
        used = set()
        while pending or size < target:
            n = rng.randrange(3, 7)
            parts = []
            if first:
                parts.append(f"{self.place.upper()} — {long_date(published)} —")
                first = False
            for _ in range(n):
                # Spread the claim sentences over the whole article.
                if pending and (rng.random() < 0.45 or size > target):
                    parts.append(pending.pop())
                else:
                    parts.append(self._filler(rng, used))
            paragraph = " ".join(parts)
            paragraphs.append(paragraph)
            size += len(paragraph.encode()) + 2
        lines = {}
        text_lines = list(head)
        for paragraph in paragraphs:
            text_lines.append(paragraph)
            text_lines.append("")
        for number, line in enumerate(text_lines, start=1):
            for sentence in sentences:
                if sentence in line:
                    lines.setdefault(sentence, number)
        return "\n".join(text_lines).rstrip("\n") + "\n", lines

    def _story_toml(self) -> str:
        out = [f"# Generated by bench/generate_corpus.py: {self.theme_name} story {self.index}.", "",
               "[story]", f"title = {toml_string(self.title)}", f"date = {self.date.isoformat()}", ""]
        for e in self.entities:
            out += ["[[entity]]", f"id = {toml_string(e['id'])}", f"name = {toml_string(e['name'])}",
                    "variants = [" + ", ".join(toml_string(v) for v in e["variants"]) + "]", ""]
        for topic in self.topics:
            if topic.get("undeclared"):
                continue
            out.append(f"[topic.{toml_string(topic['id'])}]")
            out.append(f"kind = {toml_string(topic['kind'])}")
            out.append(f"label = {toml_string(topic['label'])}")
            for key in ["unit", "scope", "tolerance", "scale"]:
                if topic.get(key):
                    out.append(f"{key} = {toml_string(topic[key])}")
            out.append("")
        return "\n".join(out)

    def _claim_toml(self, rng: random.Random, source, claims) -> str:
        out = ["[source]", f"outlet = {toml_string(source['outlet'])}",
               f"text = \"articles/{source['id']}.txt\"", f"published = {source['published'].isoformat()}",
               f"url = \"https://news.example/{self.id}/{source['id']}\""]
        if source["draft"]:
            out.append('role = "draft"')
        out.append("")
        for topic, r, quote, line in claims:
            out.append("[[claim]]")
            out.append(f"topic = {toml_string(topic['id'])}")
            if topic.get("undeclared"):
                out.append(f"kind = {toml_string(topic['kind'])}")
            out.append(f"quote = {toml_string(quote)}")
            if line is not None and rng.random() < 0.25:
                out.append(f"line = {line}")
            if r.value is not None and not (topic["kind"] == "name" and r.value == quote):
                out.append(f"value = {toml_string(r.value)}")
            for key in ["speaker", "scope"]:
                if key in r.extra:
                    out.append(f"{key} = {toml_string(r.extra[key])}")
            if "as_of" in r.extra:
                out.append(f"as_of = {r.extra['as_of']}")
            if rng.random() < 0.1:
                out.append(f"note = {toml_string('Checked against the ' + rng.choice(['wire copy', 'press release', 'official statement', 'broadcast transcript']) + '.')}")
            out.append("")
        return "\n".join(out)


def _occurrences(text: str, needle: str) -> int:
    """Occurrences including overlapping ones (str.count does not overlap)."""
    count = 0
    start = text.find(needle)
    while start != -1:
        count += 1
        start = text.find(needle, start + 1)
    return count


def parse_sources(text: str):
    if "-" in text:
        low, high = text.split("-", 1)
        return int(low), int(high)
    return int(text), int(text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="output folder (gets claims/ and corpus.json)")
    parser.add_argument("--stories", type=int, default=2000)
    parser.add_argument("--sources", default="3-8", help="sources per story: N or MIN-MAX (default 3-8)")
    parser.add_argument("--claims", type=int, default=10, help="claims per source (default 10)")
    parser.add_argument("--topics", type=int, default=15, help="topics per story (default 15)")
    parser.add_argument("--disagree", type=float, default=0.1,
                        help="share of topics where one source contradicts the others (default 0.1)")
    parser.add_argument("--soft", type=float, default=0.15,
                        help="share of topics where one source differs compatibly (default 0.15)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--force", action="store_true", help="replace an existing claims/ folder")
    args = parser.parse_args()
    low, high = parse_sources(args.sources)
    if not 1 <= low <= high or high > len(OUTLETS):
        parser.error(f"--sources must be between 1 and {len(OUTLETS)}")
    if args.disagree + args.soft > 1 or args.disagree < 0 or args.soft < 0:
        parser.error("--disagree and --soft are shares that add up to at most 1")
    if args.topics < 5:
        parser.error("--topics must be at least 5 (one per kind)")

    claims_dir = os.path.join(args.out, "claims")
    if os.path.exists(claims_dir):
        if not args.force:
            parser.error(f"{claims_dir} exists (use --force to replace it)")
        shutil.rmtree(claims_dir)
    os.makedirs(claims_dir)

    totals = {"stories": 0, "sources": 0, "claims": 0, "conflict_topics": 0, "soft_topics": 0,
              "dropped": 0, "claim_file_bytes": 0, "story_file_bytes": 0, "article_bytes": 0,
              "largest_article_bytes": 0}
    for index in range(args.stories):
        rng = random.Random(f"claimcheck-corpus/{args.seed}/{index}")
        sources = rng.randint(low, high)
        story = Story(index, rng, sources, args.topics, args.claims, args.disagree, args.soft)
        story_toml, files, stats = story.build()
        folder = os.path.join(claims_dir, story.id)
        os.makedirs(os.path.join(folder, "articles"))
        data = story_toml.encode()
        with open(os.path.join(folder, "story.toml"), "wb") as f:
            f.write(data)
        totals["story_file_bytes"] += len(data)
        for source_id, claim_toml, article in files:
            claim_data = claim_toml.encode()
            article_data = article.encode()
            with open(os.path.join(folder, f"{source_id}.toml"), "wb") as f:
                f.write(claim_data)
            with open(os.path.join(folder, "articles", f"{source_id}.txt"), "wb") as f:
                f.write(article_data)
            totals["claim_file_bytes"] += len(claim_data)
            totals["article_bytes"] += len(article_data)
            totals["largest_article_bytes"] = max(totals["largest_article_bytes"], len(article_data))
        totals["stories"] += 1
        totals["sources"] += len(files)
        for key in ["claims", "conflict_topics", "soft_topics", "dropped"]:
            totals[key] += stats[key]
    totals["arguments"] = {k: v for k, v in vars(args).items() if k not in ("out", "force")}
    with open(os.path.join(args.out, "corpus.json"), "w", encoding="utf-8") as f:
        json.dump(totals, f, indent=2, sort_keys=True)
        f.write("\n")
    print(f"{totals['stories']} stories, {totals['sources']} articles, {totals['claims']} claims "
          f"({totals['conflict_topics']} contradicted topics, {totals['soft_topics']} softly differing); "
          f"claim files {totals['claim_file_bytes'] / 1e6:.1f} MB, articles {totals['article_bytes'] / 1e6:.1f} MB "
          f"in {claims_dir}", file=sys.stderr)
    if totals["dropped"]:
        print(f"note: {totals['dropped']} claims dropped (no quote occurring exactly once)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
