#include <array>
#include <ostream>

#include "cli/command.hpp"
#include "host/exit_codes.hpp"
#include "plan/page_plan.hpp"
#include "rules/check_dossier.hpp"
#include "storage/data_dir.hpp"

namespace beian::cli {
namespace {

// CLI option → the page template's placeholder it names.
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kTargetOptions{{
    {"--algorithm", "algorithm"},
    {"--product", "product"},
    {"--access-path", "accessPath"},
    {"--function", "function"},
}};

// Without an explicit target, the first object of each kind is planned.
void default_targets(portal::Target& target, const portal::ProfilePage& page,
                     const nlohmann::json& dossier) {
    const auto instances = portal::expand_page(page, dossier);
    if (instances.empty()) return;
    for (const auto& [name, id] : instances.front().target) target.emplace(name, id);
}

std::string masked(const std::string& text) {
    // Keeps the first and last character, as banks do, so a person can tell
    // which number it is without showing it.
    if (text.size() <= 4) return "****";
    return text.substr(0, 1) + "****" + text.substr(text.size() - 1);
}

std::string shown_value(const nlohmann::json& field, bool reveal) {
    const auto& value = field["value"];
    if (value.is_null()) return "（空）";
    std::string text = value.is_string() ? value.get<std::string>() : value.dump();
    if (field["sensitive"].get<bool>() && !reveal) text = masked(text);
    if (text.size() > 160) text = text.substr(0, 157) + "…";
    return text;
}

void print_plan(const nlohmann::json& plan, bool reveal, std::ostream& out) {
    out << plan["page"]["title"].get<std::string>();
    if (!plan["page"]["step"].get<std::string>().empty())
        out << " · " << plan["page"]["step"].get<std::string>();
    out << "   (" << plan["object"].get<std::string>() << ")\n";
    std::string group;
    for (const auto& field : plan["fields"]) {
        if (!field["applies"].get<bool>()) continue;
        if (field["group"] != group) {
            group = field["group"].get<std::string>();
            if (!group.empty()) out << " " << group << "\n";
        }
        out << "  " << (field["required"].get<bool>() ? "*" : " ")
            << field["label"].get<std::string>() << "  [" << field["control"].get<std::string>()
            << "]";
        if (field["length"].is_object()) {
            out << "  " << field["length"]["utf16"].get<std::size_t>();
            if (!field["limit"].is_null()) out << "/" << field["limit"].get<std::size_t>();
        }
        out << "\n      " << shown_value(field, reveal) << "\n";
        for (const auto& finding : field["findings"])
            out << "      ! " << finding["code"].get<std::string>() << ": "
                << finding["message"]["zh"].get<std::string>() << "\n";
    }
}

}  // namespace

int cmd_plan(const std::vector<std::string>& args, CommandIo& io) {
    std::vector<std::string_view> valued;
    for (const auto& [option, name] : kTargetOptions) valued.push_back(option);
    const auto parsed = parse_arguments(args, valued);
    if (parsed.error || parsed.positional.size() != 2) {
        io.err << "Usage: beian-assist plan PAGE FILE [--algorithm ID] [--product ID] "
                  "[--access-path ID] [--function ID] [--json] [--reveal]\n";
        return exit_code::kUnusable;
    }
    const auto dossier = read_dossier_file(parsed.positional[1], io);
    if (!dossier) return exit_code::kUnusable;
    const auto profile = portal::Profile::load(storage::default_data_dir());
    const auto* page = profile.page(parsed.positional[0]);
    if (!page) {
        io.err << "beian-assist: no page '" << parsed.positional[0] << "'; pages:";
        for (const auto& p : profile.pages()) io.err << " " << p.id;
        io.err << "\n";
        return exit_code::kUnusable;
    }
    PlanRequest request{page->id, {}};
    for (const auto& [option, name] : kTargetOptions)
        if (auto value = parsed.option(option)) request.target[std::string(name)] = *value;
    default_targets(request.target, *page, *dossier);
    const auto findings = check_dossier(*dossier, profile, today_utc());
    const auto result = make_page_plan(*dossier, profile, findings, request);
    if (result.error) {
        io.err << "beian-assist: the dossier has no object for page '" << page->id
               << "' with those ids\n";
        return exit_code::kUnusable;
    }
    if (parsed.flag("--json"))
        io.out << result.plan.dump(2) << "\n";
    else
        print_plan(result.plan, parsed.flag("--reveal"), io.out);
    return exit_code::kOk;
}

}  // namespace beian::cli
