// news-train-tagger: trains the entity tagger's model on a CoNLL-format file.
//   news-train-tagger [--epochs N] [--seed N] TRAIN_FILE MODEL_FILE
// scripts/train-tagger runs it on CoNLL-2003's training split into
// common/models/entity_tagger.bin.
#include <chrono>
#include <cstdio>
#include <exception>
#include <fstream>
#include <string>
#include <vector>

#include "tools/tagger_training.hh"

namespace {

int usage() {
  std::fputs("usage: news-train-tagger [--epochs N] [--seed N] TRAIN_FILE MODEL_FILE\n", stderr);
  return 2;
}

} // namespace

int main(int argc, char** argv) {
  news::TrainingOptions options;
  std::vector<std::string> files;
  try {
    for (int i = 1; i < argc; ++i) {
      const std::string arg = argv[i];
      if ((arg == "--epochs" || arg == "--seed") && i + 1 < argc) {
        const int value = std::stoi(argv[++i]);
        if (value < 1) return usage();
        if (arg == "--epochs")
          options.epochs = value;
        else
          options.seed = static_cast<std::uint32_t>(value);
      } else if (arg.starts_with("-")) {
        return usage();
      } else {
        files.push_back(arg);
      }
    }
  } catch (const std::exception&) {
    return usage();
  }
  if (files.size() != 2) return usage();
  try {
    std::ifstream in(files[0]);
    if (!in) throw std::runtime_error("cannot read it");
    const auto start = std::chrono::steady_clock::now();
    const std::vector<news::TrainingDocument> documents = news::read_conll(in);
    std::size_t sentences = 0;
    for (const auto& d : documents)
      sentences += d.sentences.size();
    std::fprintf(stderr, "news-train-tagger: %zu documents, %zu sentences\n", documents.size(),
                 sentences);
    options.progress = [](int epoch, double accuracy) {
      std::fprintf(stderr, "epoch %d: %.4f of the tokens tagged right\n", epoch, accuracy);
    };
    const std::string model = news::train_tagger(documents, options).serialise();
    std::ofstream out(files[1], std::ios::binary | std::ios::trunc);
    out.write(model.data(), static_cast<std::streamsize>(model.size()));
    if (!out.flush()) {
      std::fprintf(stderr, "news-train-tagger: %s: cannot write the model\n", files[1].c_str());
      return 1;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "news-train-tagger: %s: %zu bytes, in %.1f s\n", files[1].c_str(),
                 model.size(), seconds);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "news-train-tagger: %s: %s\n", files[0].c_str(), e.what());
    return 1;
  }
  return 0;
}
