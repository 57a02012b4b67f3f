#include "indexer/read_options_cli.hh"

#include <boost/program_options.hpp>

#include "common/error.hh"

namespace news {

namespace po = boost::program_options;

void declare_read_options(po::options_description& options, ReadOptionArgs& args) {
  options.add_options()("max-file-size", po::value<double>(&args.max_file_size_mb),
                        "skip files larger than this many megabytes, before or after gzip "
                        "decompression (default 50)")(
      "map", po::value<std::vector<std::string>>(&args.maps),
      "FIELD=NAME: read the article field (id, title, body, date, url, source, author, "
      "dateline, language) from this JSON member first; dotted names reach into objects "
      "(repeatable)")("no-entities", po::bool_switch(&args.no_entities),
                      "do not extract people, organisations and places (faster)")(
      "file-dates", po::bool_switch(&args.file_dates),
      "date a text or HTML file that has no date in its content or path by its "
      "modification time (date_source \"file\"); without it such an article is undated");
}

ReadOptions to_read_options(const ReadOptionArgs& args) {
  if (!(args.max_file_size_mb > 0))
    throw_usage("--max-file-size must be a positive number of megabytes, not {}",
                args.max_file_size_mb);
  ReadOptions options;
  options.max_file_size = static_cast<std::uintmax_t>(args.max_file_size_mb * 1024 * 1024);
  for (const std::string& mapping : args.maps)
    options.json_fields.apply_mapping(mapping);
  options.extract_entities = !args.no_entities;
  options.file_dates = args.file_dates;
  return options;
}

} // namespace news
