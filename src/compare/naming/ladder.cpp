// §6.3 naming, the ladder: a name folded at every rung once (Ladder), and the
// first rung under which two names are equal. The rungs, cheapest first:
// style, diacritics, order, generic term, transliteration (script conversion
// by ICU, Wade–Giles/Pinyin, then the rule systems of data/romanisation in
// order).
#include "compare/naming/ladder.hpp"

#include <algorithm>

namespace claimcheck::compare::naming {

namespace {

bool share_any(const std::set<std::string>& a, const std::set<std::string>& b) {
    const auto& small = a.size() <= b.size() ? a : b;
    const auto& large = a.size() <= b.size() ? b : a;
    return std::any_of(small.begin(), small.end(), [&](const std::string& x) { return large.count(x) > 0; });
}

// The same parts in another order: one name's parts rotated (family name
// first or last) spell the other.
bool reordered(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    const std::string target = join(b);
    for (std::size_t k = 1; k < a.size(); ++k) {
        std::string rotated;
        for (std::size_t i = 0; i < a.size(); ++i) {
            rotated += a[(k + i) % a.size()];
        }
        if (rotated == target) {
            return true;
        }
    }
    return false;
}

}  // namespace

const Ladder::Transliterations& Ladder::transliterations() const {
    if (transliterations_) {
        return *transliterations_;
    }
    Transliterations& out = transliterations_.emplace();
    for (const auto& reading : readings) {
        out.joined.insert(join(reading));
    }
    for (const auto& pinyin : romanisation::pinyin_readings(words)) {
        out.pinyin.insert(pinyin);
    }
    for (const auto& system : romanisation::systems()) {
        std::set<std::string> keys;
        for (const auto& reading : readings) {
            keys.insert(join(romanisation::apply(system, reading)));
            keys.insert(join(romanisation::apply(system, fold_long_vowels(reading))));
        }
        out.systems.push_back(std::move(keys));
    }
    return out;
}

// Rung 1 alone: case, punctuation and spacing folded, in Latin letters.
std::string style_of(const romanisation::Romanised& latin) {
    return fold_style(latin.latin);
}

std::unique_ptr<Ladder> make_ladder(std::string_view name) {
    auto out = std::make_unique<Ladder>();
    out->name = std::string(name);
    const romanisation::Romanised latin = romanisation::to_latin(name);
    out->script_system = latin.system;
    out->scripts = latin.scripts;
    out->unread = latin.unread;
    out->lookalikes = romanisation::lookalikes(name);
    out->style = style_of(latin);
    for (auto& spelling : diacritic_spellings(latin.latin)) {
        out->diacritics.insert(std::move(spelling));
    }
    out->tokens = tokens_of(latin.latin);
    out->words = unmarked_words(latin.latin);
    out->readings = generic_readings(out->words);
    for (const auto& reading : out->readings) {
        out->generic.insert(join(fold_long_vowels(reading)));
    }
    for (const auto& word : out->words) {
        if (is_generic_word(word, nullptr)) {
            out->generic_words.insert(word);
        }
    }
    return out;
}

// The romanisation that makes two names equal: "wade-giles" or the id of a
// rule system, with the system's index (-1 for Wade–Giles), or nullopt.
std::optional<int> transliteration_system(const Ladder& a, const Ladder& b) {
    const auto& ta = a.transliterations();
    const auto& tb = b.transliterations();
    const bool wade_giles =
        std::any_of(ta.joined.begin(), ta.joined.end(), [&](const auto& x) { return tb.pinyin.count(x); }) ||
        std::any_of(tb.joined.begin(), tb.joined.end(), [&](const auto& x) { return ta.pinyin.count(x); });
    if (wade_giles) {
        return -1;
    }
    for (std::size_t i = 0; i < ta.systems.size() && i < tb.systems.size(); ++i) {
        if (share_any(ta.systems[i], tb.systems[i])) {
            return static_cast<int>(i);
        }
    }
    return std::nullopt;
}

Rung equal_rung(const Ladder& a, const Ladder& b) {
    if (a.style == b.style) {
        return Rung::style;
    }
    if (share_any(a.diacritics, b.diacritics)) {
        return Rung::diacritics;
    }
    if (reordered(a.tokens, b.tokens) || reordered(b.tokens, a.tokens)) {
        return Rung::order;
    }
    if (share_any(a.generic, b.generic)) {
        return Rung::generic;
    }
    if (transliteration_system(a, b)) {
        return Rung::transliteration;
    }
    return Rung::none;
}

std::vector<std::string> fold_transliteration(std::string_view name, std::string_view system) {
    const auto ladder = make_ladder(name);
    const auto& systems = romanisation::systems();
    for (std::size_t i = 0; i < systems.size(); ++i) {
        if (systems[i].id == system) {
            const auto& keys = ladder->transliterations().systems[i];
            return {keys.begin(), keys.end()};
        }
    }
    return {};
}

}  // namespace claimcheck::compare::naming
