// Parsed JSON files kept between requests: a warm page.plan read and parsed
// the whole stored dossier every time, a third of its time, though the file
// had not changed (docs/performance.md). An entry is answered only while the
// file's stamp (file_stamp.hpp) is the same; while the stamp is too recent to
// be trusted, the file is read again and its SHA-256 compared; anything else
// is read and parsed anew. So a file rewritten by another process is never
// answered from memory.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "storage/file_stamp.hpp"

namespace beian::storage {

class ParsedFileCache {
  public:
    using Document = std::shared_ptr<const nlohmann::json>;
    // Parses a file's text (throws what the caller's format demands).
    using Parse = std::function<nlohmann::json(const std::string& text)>;

    // racy_window_ns: see kRacyWindowNs; tests shorten it.
    explicit ParsedFileCache(std::int64_t racy_window_ns = kRacyWindowNs)
        : racy_window_ns_(racy_window_ns) {}

    // The parsed content of path, from memory when the file is unchanged;
    // a null pointer when the file does not exist. Throws what
    // read_file and parse throw.
    Document get(const std::filesystem::path& path, const Parse& parse);

    // Drops path's entry (after this process replaced the file).
    void forget(const std::filesystem::path& path);

    // What the last get() did, for tests and the benchmark.
    enum class Outcome { Parsed, Stamp, Hash };
    Outcome last_outcome() const { return last_; }

  private:
    struct Entry {
        std::filesystem::path path;
        FileStamp stamp;
        std::int64_t read_ns = 0;
        std::string sha256;
        Document document;
    };
    // A panel works on one company at a time, an agency switches between a few.
    static constexpr std::size_t kCapacity = 4;
    std::int64_t racy_window_ns_;
    std::mutex mutex_;
    std::vector<Entry> entries_;  // most recently used last
    Outcome last_ = Outcome::Parsed;
};

}  // namespace beian::storage
