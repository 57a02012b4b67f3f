// How a command-line option is defined, for both executables: once, as a
// constant that carries its names, its help line, the kind of value it takes
// and, for a word from a list, the words it accepts and how another is
// refused. Commands pick the options they take and declare them; after
// parsing they read each value back through the same definition.
// (Boost.Program_options does the parsing underneath: its messages for an
// unknown option or an unreadable value are the ones users see.)
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <boost/program_options.hpp>

#include "common/error.hh"

namespace news {

/** An option without a value: on when given. */
struct Switch {
  const char* names; /**< the long name, then `,x` for a short one: "quiet,q" */
  const char* help;  /**< the line --help shows */
};

/**
 * An option with a value of type T, as Boost.Program_options reads it
 * (a value it cannot read as T is refused with Boost's message);
 * std::vector<std::string> for an option that may be repeated.
 */
template <typename T> struct Flag {
  const char* names; /**< the long name, then `,x` for a short one: "jobs,j" */
  const char* help;  /**< the line --help shows */
};

/** A word an option accepts and the value it stands for. */
template <typename Enum> struct Choice {
  std::string_view word;
  Enum value;
};

/** How a word that is not one of the choices is refused: each executable keeps its wording. */
enum class Refusal {
  MustBe,      /**< `--log-format must be text or json, not 'xml'` (news-index) */
  UnknownValue /**< `--sort: unknown value 'x' (expected relevance, newest, oldest)` (news-search)
                */
};

/** An option whose value is one word of a list. */
template <typename Enum> struct ChoiceFlag {
  Flag<std::string> flag;
  std::span<const Choice<Enum>> choices;
  Refusal refusal;
  const char* where = ""; /**< said before the refusal, e.g. "inspect: " */
};

/** The long name of an option: "format" for "format,f". */
std::string long_name(const char* names);

/** `flag` with another help line, for a command that says it differently. */
template <typename T> constexpr Flag<T> with_help(Flag<T> flag, const char* help) {
  flag.help = help;
  return flag;
}

// Declaring: in the order given, which is the order --help lists them.

inline void declare(boost::program_options::options_description& options, const Switch& option) {
  options.add_options()(option.names, boost::program_options::bool_switch(), option.help);
}

template <typename T>
void declare(boost::program_options::options_description& options, const Flag<T>& flag) {
  options.add_options()(flag.names, boost::program_options::value<T>(), flag.help);
}

template <typename Enum>
void declare(boost::program_options::options_description& options, const ChoiceFlag<Enum>& flag) {
  declare(options, flag.flag);
}

template <typename First, typename Second, typename... Rest>
void declare(boost::program_options::options_description& options, const First& first,
             const Second& second, const Rest&... rest) {
  declare(options, first);
  declare(options, second, rest...);
}

// Reading back, after parsing.

/** Whether a switch was given. */
inline bool is_on(const boost::program_options::variables_map& vm, const Switch& option) {
  const auto found = vm.find(long_name(option.names));
  return found != vm.end() && found->second.as<bool>();
}

/** The value given to `flag` (even empty), or nullopt. */
template <typename T>
std::optional<T> given(const boost::program_options::variables_map& vm, const Flag<T>& flag) {
  const auto found = vm.find(long_name(flag.names));
  if (found == vm.end()) return std::nullopt;
  return found->second.template as<T>();
}

/** Throws the usage error for `word`, which is none of `words`. */
[[noreturn]] void refuse_choice(Refusal refusal, std::string_view where, std::string_view option,
                                std::string_view word, const std::vector<std::string_view>& words);

/**
 * The value `word` stands for among the choices of `flag`; throws news::Error
 * (usage) naming the option as `option` (`--sort` on the command line, `sort`
 * in a URL) for another word.
 */
template <typename Enum>
Enum choice_of(const ChoiceFlag<Enum>& flag, std::string_view option, std::string_view word) {
  std::vector<std::string_view> words;
  for (const Choice<Enum>& choice : flag.choices) {
    if (word == choice.word) return choice.value;
    words.push_back(choice.word);
  }
  refuse_choice(flag.refusal, flag.where, option, word, words);
}

/** The value of the word given to `flag`, or nullopt; throws news::Error (usage) for another word.
 */
template <typename Enum>
std::optional<Enum> chosen(const boost::program_options::variables_map& vm,
                           const ChoiceFlag<Enum>& flag) {
  const std::optional<std::string> word = given(vm, flag.flag);
  if (!word) return std::nullopt;
  return choice_of(flag, "--" + long_name(flag.flag.names), *word);
}

} // namespace news
