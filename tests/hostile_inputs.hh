// Hostile inputs, made at test time: the unit tests of the readers' bounds
// (tests/unit/reader_bounds_test.cc) and the end-to-end adversarial tests
// (tests/e2e/adversarial_test.cc) feed the same ones.
#pragma once

#include <cstddef>
#include <string>

namespace news::test {

/** An array nested `depth` levels deep: `[[[...]]]`. */
inline std::string nested_array(std::size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}

/** An RSS feed of one item, with a DTD internal subset before it. */
inline std::string feed_with(const std::string& entities, const std::string& title,
                             const std::string& description) {
  return "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [" + entities +
         "]>\n<rss version=\"2.0\"><channel><title>Feed</title><item><title>" + title +
         "</title><description>" + description + "</description></item></channel></rss>\n";
}

/** The classic: ten levels of ten references each, 3 GB from 900 bytes. */
inline std::string billion_laughs() {
  std::string entities = "<!ENTITY lol0 \"lol\">";
  for (int level = 1; level <= 9; ++level) {
    entities += "<!ENTITY lol" + std::to_string(level) + " \"";
    for (int i = 0; i < 10; ++i)
      entities += "&lol" + std::to_string(level - 1) + ";";
    entities += "\">";
  }
  return feed_with(entities, "&lol9;", "x");
}

/** One 40 KB entity referenced 14,000 times: 560 MB from 100 KB. */
inline std::string quadratic_blowup() {
  std::string references;
  for (int i = 0; i < 14000; ++i)
    references += "&big;";
  return feed_with("<!ENTITY big \"" + std::string(40000, 'a') + "\">", "Title", references);
}

/** The start tag of `name` with `count` attributes. */
inline std::string element_with_attributes(const std::string& name, std::size_t count) {
  std::string tag = "<" + name;
  for (std::size_t i = 0; i < count; ++i)
    tag += " a" + std::to_string(i) + "=\"v\"";
  return tag + ">";
}

} // namespace news::test
