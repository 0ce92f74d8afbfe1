// `history ID`: the revisions of a stored dossier, newest first, with the
// filing marks that point at them; `--show REV` prints one revision's entry
// (the dossier as it was) as JSON, to read or to save aside.
#include <ostream>

#include "cli/filing_cli.hpp"
#include "filing/history_view.hpp"
#include "host/exit_codes.hpp"
#include "storage/data_dir.hpp"

namespace beian::cli {
namespace {

constexpr const char* kUsage =
    "Usage: beian-assist history ID [--limit N] [--before REV] [--show REV] [--json]\n";

std::string mark_text(const nlohmann::json& mark) {
    std::string text = "[" + mark["status"].get<std::string>() + " ";
    text += mark["scope"] == "entity" ? "主体" : "算法 " + mark["algorithm"].get<std::string>();
    if (mark.contains("number")) text += " " + mark["number"].get<std::string>();
    return text + " " + mark["date"].get<std::string>() + "]";
}

void print_listing(const nlohmann::json& listing, std::ostream& out) {
    out << listing["id"].get<std::string>() << ": revision " << listing["current"].get<int>()
        << "\n";
    for (const auto& item : listing["revisions"]) {
        out << "  " << item["revision"].get<std::int64_t>();
        if (item.value("damaged", false)) {
            out << "  (damaged entry)\n";
            continue;
        }
        out << "  " << item.value("savedAt", "") << "  " << item.value("author", "?");
        if (item.contains("via")) out << " (" << item["via"].get<std::string>() << ")";
        out << "  " << shown(item.value("reason", ""), 40);
        for (const auto& mark : item["marks"]) out << "  " << mark_text(mark);
        out << "\n";
    }
    if (listing["more"].get<bool>()) out << "  … (older revisions: --before REV)\n";
}

}  // namespace

int cmd_history(const std::vector<std::string>& args, CommandIo& io) {
    const auto parsed = parse_arguments(args, {"--limit", "--before", "--show"});
    for (const auto& flag : parsed.flags)
        if (flag != "--json") {
            io.err << "beian-assist history: unknown option " << flag << "\n" << kUsage;
            return exit_code::kUnusable;
        }
    if (parsed.error || parsed.positional.size() != 1) {
        io.err << kUsage;
        return exit_code::kUnusable;
    }
    std::optional<std::int64_t> limit = 100, before, show;
    const std::pair<const char*, std::optional<std::int64_t>*> numeric[] = {
        {"--limit", &limit}, {"--before", &before}, {"--show", &show}};
    for (const auto& [name, target] : numeric) {
        if (const auto value = parsed.option(name)) {
            *target = parse_revision(*value);
            if (!*target) {
                io.err << "beian-assist history: " << name << " needs a positive integer\n";
                return exit_code::kUnusable;
            }
        }
    }
    return run_reporting("history", io, [&] {
        const storage::DossierStore store(storage::default_data_dir());
        const auto& id = parsed.positional[0];
        if (show) {
            io.out << filing::revision_entry(store, id, *show).dump(2) << "\n";
            return exit_code::kOk;
        }
        const auto listing =
            filing::history_listing(store, id, static_cast<std::size_t>(*limit), before);
        if (parsed.flag("--json"))
            io.out << listing.dump(2) << "\n";
        else
            print_listing(listing, io.out);
        return exit_code::kOk;
    });
}

}  // namespace beian::cli
