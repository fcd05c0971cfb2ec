// The quantity grammar: numbers, ranges, qualifiers, proportions and unit
// words, in a whole value and in running text. Rules only: the words are in
// words.hpp, the actions in actions.hpp, the numerals in grammar/numeral/,
// and meaning (intervals, units) is given by the converters beside this file
// (convert.cpp and its parts).
#pragma once

#include "grammar/numeral/numeral.hpp"
#include "grammar/quantity/actions.hpp"
#include "grammar/quantity/quantity.hpp"
#include "grammar/quantity/words.hpp"

namespace claimcheck::grammar::parser {

const x3::rule<class qualifier_class, ast::qualifier> qualifier = "a qualifier";
const x3::rule<class unit_word_class> unit_word = "a unit word";
const x3::rule<class end_of_value_class> end_of_value = "unit words or the end of the value";
const x3::rule<class and_word_class> and_word = "'and'";
const x3::rule<class glued_numeral_class, ast::numeral> glued_numeral = "a number";
const x3::rule<class amount_class, ast::numeral> amount = "a number or number word";
const x3::rule<class amount_in_text_class, ast::numeral> amount_in_text = "a number or number word";
const x3::rule<class priced_class, ast::numeral> priced = "a number or number word";
const x3::rule<class to_word_class> to_word = "'to' or 'through'";
const x3::rule<class count_class, ast::count> count = "a number";
const x3::rule<class multiple_class, ast::multiple> multiple = "a multiple";
const x3::rule<class share_class, ast::share> share = "a proportion";
const x3::rule<class count_in_text_class, ast::count> count_in_text = "a number";
const x3::rule<class share_in_text_class, ast::share> share_in_text = "a proportion";
const quantity_value_type quantity_value_rule = "a quantity";
const quantity_in_text_type quantity_in_text_rule = "a quantity";

const auto qualifier_def = whole_word(qualifier_words) | x3::lexeme[qualifier_signs];

// A number word alone is a compound's later part, never a unit word: "1 hour thirty" is refused, not 1 hour.
const auto number_word = x3::lexeme[(x3::no_case[tens_words] | x3::no_case[teen_words] | x3::no_case[unit_words]) >>
                                    word_end >> !x3::lit('-')];

// A unit word: starts with a letter (or a degree sign), may hold digits,
// hyphens, apostrophes; a hyphen before a digit ends it ("24 km-28 km" is a
// range), and "and" before a number starts a compound's part ("1 dollar and
// forty-two cents").
const auto unit_word_def =
    !(kw("and") >> (&x3::ascii::digit | &word_numeral() | (kw("a") >> kw("half")))) >> !number_word >>
    x3::lexeme[(x3::ascii::alpha | non_ascii) >>
               *(x3::ascii::alnum | non_ascii | x3::char_("'./()") | (x3::char_('-') >> !x3::ascii::digit))];

const auto end_of_value_def = x3::eoi;
const auto and_word_def = kw("and");

// Digits that a unit may follow without a space: "5km", "200lbs", "30°C", "7th".
const auto glued_numeral_def = x3::lexeme[digits >> -glued_scale >> (word_end | &(x3::ascii::alpha | non_ascii))] >>
                               *whole_word(scale_words)[scale_numeral];

// A number in a quantity: digits, a fraction, an ordinal, number words;
// "half a" before a percentage point.
const auto half_a =
    (kw("half") >> kw("a") >> &(whole_word(mark_words) | whole_word(fraction_mark_words)))[half_a_value];
const auto fraction = x3::raw[whole_word(fraction_words)[fraction_value]][set_fraction_written];
// "half an hour", "half a litre": before a unit word of data/units.tsv ("half a million" is a number, "half of" a
// share).
const auto half_unit = x3::raw[kw("half") >> -(kw("a") | kw("an"))][set_half_unit] >>
                       &x3::lexeme[x3::no_case[text_unit_words] >> word_end];
const auto and_a_half = (kw("and") >> kw("a") >> kw("half"))[add_half];
// A unit or a currency's name next: "a kilogram", "an hour", "a dollar", "3/4 cup"; not an ordinal ("a second
// term").
const auto is_unit = [](auto& ctx) {
    const auto& range = x3::_attr(ctx);
    x3::_pass(ctx) = range.size() > 1 && units::find_unit(std::string_view(range.begin(), range.size()), true);
};
const auto unit_ahead =
    &(whole_word(currency_words_after) |
      (!whole_word(ordinal_words) >> x3::raw[x3::lexeme[+(x3::ascii::alpha | non_ascii) >> word_end]][is_unit]));
const auto one_unit = x3::raw[kw("a") | kw("an")][set_one_unit] >> unit_ahead;
const auto slash_unit = x3::raw[x3::lexeme[+digit >> '/' >> +digit >> word_end]][set_slash_unit] >> unit_ahead;
// "an hour and a half", "a month and a half": the half after the unit.
const auto unit_and_a_half = (kw("and") >> kw("a") >> kw("half"))[add_half_after_unit];
// "half of the 12 missiles", "half of 12": a fraction of a whole in figures.
const auto half_of = (kw("half") >> &(kw("of") >> -kw("the") >> digit))[half_value("half")];
// The inch and foot marks: '"', "''", "″" and "'", "′" ("5'10\"", "5′10″"); values only.
const auto prime_mark = x3::raw[x3::lexeme[x3::lit("''") | '"' | "\xE2\x80\xB3" | '\'' | "\xE2\x80\xB2"]];
// "2 more minutes": the unit alone ("500 more troops" keeps its words).
const auto extra_word = x3::omit[whole_word(extra_words) >> &x3::lexeme[x3::no_case[text_unit_words] >> word_end]];
// In running text "a third" is a fraction only before "of" ("a third of homes", not "a third term").
const auto fraction_in_text = x3::raw[whole_word(fraction_words_in_text)[fraction_value] |
                                      (whole_word(fraction_words) >> &kw("of"))[fraction_value]][set_fraction_written];
// ---------------------------------------------------------------- shapes: rules

// A mixed number: "10 1/2", "10½" after a whole number of digits.
const auto add_fraction = [](ast::numeral& n, unsigned num, unsigned den) {
    if (n.scale != 1 || n.decimals != 0 || n.words || n.overflow || num == 0 || den < 2 || den > 64 || num >= den) {
        return false;
    }
    n.numerator = static_cast<int>(num);
    n.denominator = static_cast<int>(den);
    n.mantissa += double(num) / den;
    return true;
};
const auto add_slash_fraction = [](auto& ctx) {
    const auto& a = x3::_attr(ctx);
    x3::_pass(ctx) = add_fraction(x3::_val(ctx), boost::fusion::at_c<0>(a), boost::fusion::at_c<1>(a));
};
const auto add_vulgar_fraction = [](auto& ctx) {
    const int v = x3::_attr(ctx);
    x3::_pass(ctx) = add_fraction(x3::_val(ctx), static_cast<unsigned>(v / 100), static_cast<unsigned>(v % 100));
};
// (The space before "1/2" is skipped already: "101/2" never gets here, as its digits end at the slash.)
const auto mixed_tail = x3::lexeme[(x3::uint_ >> '/' >> x3::uint_ >> !(x3::ascii::digit | '/'))[add_slash_fraction] |
                                   vulgar_fractions[add_vulgar_fraction]];

// "half" after a change word: "fell by half" (not "half a percentage point").
const auto bare_half_value = half_value("half");
const x3::rule<class change_fraction_class, ast::numeral> change_fraction = "a fraction";
const auto change_fraction_def = here[mark_numeral] >>
                                 (fraction | (kw("half") >> !kw("a") >> !kw("an"))[bare_half_value]);
// A fraction is a change's size only after a change word: "fell by a third".
const auto has_direction = [](auto& ctx) { x3::_pass(ctx) = x3::_val(ctx).direction != ast::Direction::none; };
const auto no_direction = [](auto& ctx) { x3::_pass(ctx) = x3::_val(ctx).direction == ast::Direction::none; };

// "more than 20 and at most 35": a lower and an upper comparative.
const auto set_bounds = [](auto& ctx) {
    x3::_val(ctx).joiner = ast::Joiner::bounds;
    x3::_val(ctx).upper = boost::fusion::at_c<0>(x3::_attr(ctx));
    x3::_val(ctx).second = boost::fusion::at_c<1>(x3::_attr(ctx));
};
// In running text only a lower bound followed by an upper one is read.
const auto lower_bound_first = [](auto& ctx) {
    const auto k = x3::_val(ctx).qual.kind;
    x3::_pass(ctx) = k == Qualifier::more_than || k == Qualifier::at_least;
};
const auto set_upper_bound = [](auto& ctx) {
    const auto k = boost::fusion::at_c<0>(x3::_attr(ctx)).kind;
    x3::_pass(ctx) = k == Qualifier::fewer_than || k == Qualifier::at_most;
    if (x3::_pass(ctx)) {
        set_bounds(ctx);
    }
};
const auto bound_joiner = x3::omit[kw("and") | kw("but")];

// A compound amount's later parts: "5 ft 11 in", "$3 and 50 cents".
const auto set_part_and = [](auto& ctx) { x3::_val(ctx).and_written = true; };
const auto set_part_number = [](auto& ctx) { x3::_val(ctx).number = x3::_attr(ctx); };
const auto set_part_unit = [](auto& ctx) {
    const auto& range = x3::_attr(ctx);
    x3::_val(ctx).unit.assign(range.begin(), range.end());
    x3::_val(ctx).unit_at = range.begin();
};
const auto push_part = [](auto& ctx) { x3::_val(ctx).parts.push_back(x3::_attr(ctx)); };
// In running text a part is kept only where it fits the amount before it
// (a smaller unit of the dimension, a subunit of the currency).
const auto push_fitting_part = [](auto& ctx) {
    x3::_pass(ctx) = part_fits(x3::_val(ctx), x3::_attr(ctx));
    if (x3::_pass(ctx)) {
        x3::_val(ctx).parts.push_back(x3::_attr(ctx));
    }
};
const auto has_unit_or_currency = [](auto& ctx) {
    x3::_pass(ctx) = !x3::_val(ctx).unit.empty() || !x3::_val(ctx).currency.empty();
};
const auto has_currency = [](auto& ctx) { x3::_pass(ctx) = !x3::_val(ctx).currency.empty(); };

// "Smith, 71": a capitalised name, a comma and one to three digits.
const auto set_named_age = [](auto& ctx) {
    const auto& range = x3::_attr(ctx);
    auto& c = x3::_val(ctx);
    c.kind = ast::Kind::age;
    c.first = ast::numeral{};
    for (char d : range) {
        c.first.mantissa = c.first.mantissa * 10 + (d - '0');
    }
    c.first.at = range.begin();
    c.first.end = range.end();
};
const auto name_word = x3::lexeme[x3::ascii::upper >> *(x3::ascii::alpha | non_ascii | x3::char_("-'."))];

const auto amount_def = here[mark_numeral] >>
                        (slash_unit | (glued_numeral[take_numeral] >> -(mixed_tail | and_a_half)) | fraction |
                         word_ordinal()[take_numeral] | half_a | half_unit |
                         (word_numeral()[take_numeral] >> -and_a_half) | half_of | one_unit);
const auto amount_in_text_def = here[mark_numeral] >>
                                ((glued_numeral[take_numeral] >> -(mixed_tail | and_a_half)) | fraction_in_text |
                                 half_unit | (word_numeral()[take_numeral] >> -and_a_half));

// An ISO code in capitals, as a whole word: "USD", "42 ALL" (not "all");
// before a number also against its digits ("USD3.14").
const auto currency_code = x3::lexeme[currency_code_words >> word_end];
const auto currency_code_before = x3::lexeme[currency_code_words >> (word_end | &digit)];
// A sign is not the start of a word: "RM42" is ringgit, "RMB 4.8 billion" yuan.
const auto currency_sign = x3::lexeme[currency_letter_signs >> !x3::ascii::alpha] | x3::lexeme[currency_symbol_signs];
const auto currency_before =
    x3::raw[x3::lexeme[currency_letter_signs >> !x3::ascii::alpha][set_currency] |
            x3::lexeme[currency_symbol_signs][set_currency] | currency_code_before[set_currency] |
            whole_word(currency_words_before)[set_currency]][set_currency_written(ast::Place::before)];
// After the number: a name or code, or a sign ("40 €").
const auto currency_after =
    x3::raw[whole_word(currency_words_after)[set_currency] | currency_code[set_currency] |
            x3::lexeme[currency_signs >> word_end][set_currency]][set_currency_written(ast::Place::after)];
const auto currency_after_in_text =
    x3::raw[whole_word(currency_words_after_in_text)[set_currency] | currency_code[set_currency] |
            x3::lexeme[currency_signs >> word_end][set_currency]][set_currency_written(ast::Place::after)];
// "a 3-inch pipe", "a 6.4 quake", "a magnitude 7.1 earthquake", "an M6.4 quake", "a $3 million cut": an
// article before digits, a kind word or a currency sign.
// ("A$300" is the Australian dollar: a space follows an article.)
const auto article =
    x3::omit[(kw("a") | kw("an")) >> (&digit | &whole_word(kind_prefixes) | &x3::lexeme[x3::lit('M') >> digit])] |
    x3::omit[x3::lexeme[x3::no_case[x3::lit("an") | x3::lit("a")] >> +x3::ascii::space] >> &x3::lexeme[currency_signs]];
const auto kind_prefix = whole_word(kind_prefixes)[set_kind] | x3::lexeme[x3::lit('M') >> &digit][set_magnitude];
const auto kind_suffix = x3::lexeme[x3::no_case[kind_suffixes] >> word_end][set_kind];
// A number with the currency repeated: the "$2 billion" of "between $1 billion and $2 billion".
// Where the currency is, on the number; the converter makes it the range's.
const auto set_priced = [](auto& ctx) {
    auto& n = x3::_val(ctx);
    n = boost::fusion::at_c<1>(x3::_attr(ctx));
    if (const auto& sign = boost::fusion::at_c<0>(x3::_attr(ctx))) {
        n.currency_begin = sign->begin();
        n.currency_end = sign->end();
    }
};
const x3::rule<class currency_mark_class, boost::iterator_range<const char*>> currency_mark = "a currency";
const auto currency_mark_def = x3::raw[currency_sign | currency_code_before | whole_word(currency_words_before)];
const auto priced_def = (-currency_mark >> amount)[set_priced];
const auto to_word_def = kw("to") | kw("through") | kw("thru");
// Unit words after a range's low end, up to the word that joins it to the high end.
const x3::rule<class end_unit_class, std::string> end_unit = "unit words";
const auto end_unit_def = x3::raw[+(unit_word - (and_word | to_word | kw("but") | kw("or")))];
const auto sign = x3::lexeme[(x3::lit('-') | x3::lit("\xE2\x88\x92")) >> &digit][set_minus] |
                  x3::lexeme[x3::lit('+') >> &digit][set_plus];
const auto first_is_fraction = [](auto& ctx) { x3::_pass(ctx) = x3::_val(ctx).first.fraction; };
// "a quarter of a percentage point", "half of a point".
const auto fraction_mark = x3::eps[first_is_fraction] >> -x3::omit[kw("of") >> (kw("a") | kw("an"))] >>
                           (whole_word(mark_words)[set_mark] | whole_word(fraction_mark_words)[set_mark]);
const auto mark =
    x3::lit('%')[set_percent] | whole_word(mark_words)[set_mark] | x3::lexeme[point_suffix][set_mark] | fraction_mark;

// "up from 12", "up 3 from 12", "rose to 15 from 12": the level before a
// change, which the converter refuses with a hint (a range "from 20 to 35"
// reads on).
const auto from_level = x3::raw[kw("from") >> priced >> -x3::omit[mark] >> !(-end_unit >> to_word)][set_from_level_at];

// "between 180 and 185": once "between" is read, the rest must follow.
// (Expectations name the rule they expect: keep actions outside them.)
// "between 180 and 185", "between $1 billion and $2 billion": once
// "between" is read, the rest must follow. (Expectations name the rule they
// expect: keep actions outside them.)
const auto between_form = (kw("between") > priced > -end_unit > and_word > priced)[set_between] >> -mark;
// "from 20 to 35", "from 24 feet to 28 feet"
const auto from_form = (kw("from") > priced > -end_unit > to_word > priced)[set_between] >> -mark;

// "180-185", "180 to 185", "136 of 183", "one in three", "two-day", "3-inch"
// "of" or "in" before words, not a number or a unit, says what the figure is
// of ("136 of the miners", "two-thirds of the seats"): the unit words read
// it. Not after an ordinal ("a fourth of a liter"), nor before a unit
// ("two-thirds of a gallon"): those stay errors.
const auto first_not_ordinal = [](auto& ctx) { x3::_pass(ctx) = !x3::_val(ctx).first.ordinal; };
const auto of_words_ahead = x3::eps[first_not_ordinal] >>
                            &((kw("of") | kw("in") | (kw("out") >> kw("of"))) >> -kw("the") >> -kw("every") >>
                              !(currency_mark | amount |
                                (-(kw("a") | kw("an")) >> x3::lexeme[x3::no_case[text_unit_words] >> word_end])));
const auto count_tail = x3::lexeme[x3::lit('-') >> &(x3::ascii::alpha)][set_hyphen_unit] | of_words_ahead |
                        ((dash > priced)[set_dash] >> -mark) |
                        ((whole_word(joiner_words) > priced)[set_joined] >> -mark);

// After a percentage the other end is one too ("3%-4%", "3% to 4%"): "rose
// 12% to 3.1 billion" holds two quantities, and "50 basis points to 3.25%"
// a change and a level, not ranges.
const auto percent_only = x3::lit('%') | kw("percent") | (kw("per") >> kw("cent")) | kw("pc");
const auto marked_tail = ((dash >> amount) >> &percent_only)[set_dash] >> mark |
                         ((whole_word(joiner_words) >> amount) >> &percent_only)[set_joined] >> mark |
                         (kw("of") > amount)[set_of];
const auto after_number = (&percent_only >> mark >> -marked_tail) | mark | (-count_tail);

// After a figure with its own mark, the other end of a range has one too
// ("3% to 4%", "3%-4%"; the converter checks that the two are the same);
// a bare number after "to" is the level a change reached ("up 1.2% to
// 4,512"), which the converter refuses with a hint; and "of"/"in" before
// words says what the figure is of ("52.3% of the vote", "up 3% in sales"),
// read as unit words.
const auto mark_ahead = &(x3::lit('%') | whole_word(mark_words) | x3::lexeme[point_suffix]);
const auto marked_value_tail = ((dash >> priced) >> mark_ahead)[set_dash] >> mark |
                               ((whole_word(joiner_words) >> priced) >> mark_ahead)[set_joined] >> mark
                               | x3::raw[(dash | to_word) >> priced][set_level_at];

// Shapes: a fraction after a change word, a second comparative, a compound's parts.
const x3::rule<class compound_part_class, ast::part> compound_part = "a number and its unit";
const auto compound_part_def = -x3::lit(',') >> -and_word[set_part_and] >> amount[set_part_number] >>
                               -(prime_mark[set_prime_part_unit] | x3::raw[+unit_word][set_part_unit]);
const auto change_size = x3::eps[has_direction] >> change_fraction[set_first] >> -mark;  // "down a quarter-point"
const auto bound_tail = (bound_joiner >> qualifier >> priced)[set_bounds] >> -mark;
// A range with its unit after both ends: "24 feet to 28 feet", "more than 24
// feet and at most 28 feet" (the high end's unit is read as any value's).
const auto unit_range_tail = end_unit[set_first_unit] >> ((x3::omit[dash | to_word] >> priced)[set_to_high_end] |
                                                          (bound_joiner >> qualifier >> priced)[set_bounds]);
const auto compound_parts = x3::eps[has_unit_or_currency] >> +compound_part[push_part];

// "Category 4", "a Category 4 hurricane", "Phase 3": a level of a named scale.
const auto level_form = -x3::omit[kw("a") | kw("an")] >> whole_word(level_words)[set_level] >> amount[set_first];
// "P<0.001", "p = 0.03", "p < .05": a p-value and its comparator.
const x3::rule<class p_number_class, ast::numeral> p_number = "a probability";
const auto p_number_def = here[mark_numeral] >>
                          (glued_numeral[take_numeral] | x3::raw[x3::lexeme['.' >> +digit]][read_point_digits]);
const auto p_value_form = kw("p")[set_p_value] >> (x3::lit('=') | qualifier[set_qualifier]) >> p_number[set_first];
const auto change_noun = whole_word(change_nouns)[set_change_noun];
// "rose to 12", "fell to 3.5%", "cut to $50": a change word before "to" names
// the level reached, which is the value ("up to 300" is a qualifier, read
// first).
const auto set_reached = [](auto& ctx) { x3::_val(ctx).reached = true; };
const auto level_reached = x3::omit[whole_word(direction_words) >> kw("to")][set_reached];
// A change, or the level one reached: only then is "from 12" a level before it ("3 from 12" is not).
const auto changed = [](auto& ctx) {
    x3::_pass(ctx) = x3::_val(ctx).direction != ast::Direction::none || x3::_val(ctx).reached;
};

// "hundreds", "tens of thousands", "several hundred", "a few dozen": a rough
// amount, a range (actions.hpp); the "of" before its unit words is its own
// ("hundreds of people").
const x3::rule<class rough_scale_class, double> rough_scale = "'hundred', 'thousand' or 'dozen'";
const auto rough_scale_def = (kw("hundred") >> x3::attr(100.0)) | whole_word(scale_words);
const auto rough_plural = x3::raw[(whole_word(rough_plurals) % kw("of"))[set_rough_plurals]][set_rough_words];
const auto rough_multiple = x3::raw[(whole_word(rough_multiples) >> +rough_scale)[set_rough_multiple]][set_rough_words];
const auto rough_amount = (rough_plural | rough_multiple) >> -x3::omit[kw("of")];

const auto count_def = x3::eps[reset_count] >> -qualifier[set_qualifier] >>
                       -(level_reached | whole_word(direction_words)[set_direction]) >> -qualifier[set_qualifier] >>
                       ((x3::eps[has_direction] >> from_level) | between_form | from_form | change_size | level_form |
                        p_value_form | rough_amount |
                        (-article >> -kind_prefix >> -sign >> -currency_before >> amount[set_first] >>
                         ((mark >> x3::eps[remember_first_mark] >> -marked_value_tail >> -bound_tail) |
                          unit_range_tail | (x3::eps[clear_first_unit] >> -count_tail >> -bound_tail)))) >>
                       -currency_after >> -kind_suffix >> -change_noun >> -(x3::eps[changed] >> from_level) >>
                       -extra_word >>
                       -(prime_mark[set_prime_unit] | (x3::raw[+unit_word][set_unit] >> -unit_and_a_half)) >>
                       -compound_parts;

const x3::rule<class named_age_class, ast::count> named_age = "a name and an age";
const auto named_age_def =
    x3::eps[reset_count] >> x3::omit[+name_word] >> ',' >>
    x3::raw[x3::lexeme[x3::repeat(1, 3)[x3::ascii::digit] >>
                       !(x3::ascii::digit | ((x3::lit(',') | '.') >> x3::ascii::digit))]][set_named_age] >>
    -x3::lit(',');

// "doubled", "nearly tripled", "three-fold", "2.5 times", "a three-fold increase"
const auto fold_factor =
    amount[set_factor] >> x3::raw[x3::lexeme[x3::no_case[fold_words] >> word_end]][set_multiple_word];
const auto multiple_def = x3::eps[reset_multiple] >> -qualifier[set_qualifier] >>
                          (x3::raw[whole_word(multiple_words)[multiple_value]][set_multiple_word] |
                           (x3::omit[kw("a") | kw("an")] >> fold_factor) | fold_factor) >>
                          -x3::raw[whole_word(change_nouns)[set_multiple_noun]][set_multiple_noun_word];

const auto share_def = x3::eps[reset_share] >> -qualifier[set_qualifier] >>
                       x3::raw[whole_word(share_words)[set_share]][set_written] >> -x3::raw[+unit_word][set_share_unit];

const auto quantity_value_rule_def = (multiple | count | share | named_age) > end_of_value;

// In running text: no expectations (a failed try moves on), and only the
// newsroom's unit words are read as units ("183 miners perished" is the
// number 183).
const auto text_unit = x3::raw[x3::lexeme[(x3::no_case[text_unit_words] | text_unit_signs) >> word_end]][set_unit];
const auto text_mark = x3::lit('%')[set_percent] | whole_word(mark_words)[set_mark] | fraction_mark;

const auto text_marked_tail = ((dash >> amount_in_text) >> &percent_only)[set_dash] >> text_mark |
                              ((whole_word(joiner_words) >> amount_in_text) >> &percent_only)[set_joined] >> text_mark |
                              (kw("of") >> amount_in_text)[set_of];
// "a 12-storey block", "a 300-page report": a count's word after a hyphen.
const auto hyphen_word =
    x3::lexeme[x3::lit('-') >> x3::raw[+x3::ascii::alpha >> !x3::lit('-') >> word_end][set_unit]][set_hyphen_unit];
const auto text_tail = (x3::lexeme[x3::lit('-') >> &text_unit][set_hyphen_unit]) | (dash >> amount_in_text)[set_dash] |
                       (whole_word(joiner_words) >> amount_in_text)[set_joined] | hyphen_word;

// Shapes in running text: "from 20 to 35", "fell by half", "more than 20
// and at most 35", "5 feet 11 inches", "$3 and 50 cents".
const x3::rule<class text_part_class, ast::part> text_part = "a number and its unit";
const auto text_part_def =
    -kw("and")[set_part_and] >> amount_in_text[set_part_number] >>
    x3::raw[x3::lexeme[(x3::no_case[text_unit_words] | text_unit_signs | x3::no_case[part_words]) >> word_end]]
           [set_part_unit];
const auto text_from = x3::eps[no_direction] >>
                       (kw("from") >> amount_in_text >> to_word >> amount_in_text)[set_between] >> -text_mark;
const auto text_bound_tail = x3::eps[lower_bound_first] >>
                             (bound_joiner >> qualifier >> amount_in_text)[set_upper_bound] >> -text_mark;
const auto text_unit_and_parts = text_unit >> *text_part[push_fitting_part];
const auto text_money_parts = x3::eps[has_currency] >> +text_part[push_fitting_part];
// "fell by a third", not the "fell by a quarter" of "fell by a quarter-point".
const auto text_change_size = x3::eps[has_direction] >> change_fraction[set_first] >> !x3::lit('-') >> -text_mark;

// "Category 4", "Phase 3" in running text (digits only: "phase one" is prose as often as a level).
const auto text_level = -x3::omit[kw("a") | kw("an")] >> whole_word(level_words)[set_level] >> &digit
                        >> amount_in_text[set_first];
// "hundreds of people", "tens of thousands of", "several hundred": in running
// text a rough plural is read only before "of" ("the scores were level" holds
// none).
// "millions of dollars": the "of" before a currency's name is the amount's, and the currency is read.
const auto rough_amount_in_text =
    (rough_plural >> &kw("of") >> -(x3::omit[kw("of")] >> &whole_word(currency_words_after_in_text))) | rough_multiple;
const auto count_in_text_def =
    x3::eps[reset_count] >> -qualifier[set_qualifier] >> -whole_word(direction_words)[set_direction] >>
    -qualifier[set_qualifier] >>
    ((kw("between") >> amount_in_text >> kw("and") >> amount_in_text)[set_between] >> -text_mark | text_from |
     text_change_size | text_level | p_value_form | rough_amount_in_text |
     (-kind_prefix >> -sign >> -currency_before >> amount_in_text[set_first] >>
      ((&percent_only >> text_mark >> -text_marked_tail) | text_mark | (-text_tail >> -text_mark)) >>
      -text_bound_tail)) >>
    -currency_after_in_text >> -kind_suffix >> -change_noun >> (text_unit_and_parts | -text_money_parts);

const auto share_in_text_def = x3::eps[reset_share] >> -qualifier[set_qualifier] >>
                               x3::raw[whole_word(share_words_in_text)[set_share]][set_written];

const auto quantity_in_text_rule_def = multiple | count_in_text | share_in_text;

BOOST_SPIRIT_DEFINE(qualifier, unit_word, end_of_value, and_word, glued_numeral, amount, amount_in_text, currency_mark,
                    priced, end_unit, to_word, rough_scale, count, multiple, share, count_in_text, share_in_text,
                    quantity_value_rule, quantity_in_text_rule)
BOOST_SPIRIT_DEFINE(change_fraction, compound_part, named_age, text_part, p_number)

}  // namespace claimcheck::grammar::parser
