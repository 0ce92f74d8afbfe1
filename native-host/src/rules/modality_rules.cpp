// 输出模态 ↔ 文件格式, one for one (users.md C4): each declared file format must
// belong to a declared modality, and each declared modality needs a format.
#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>

#include "rules/rule_functions.hpp"
#include "util/utf8.hpp"

namespace beian::rules {
using nlohmann::json;

namespace {

enum class Modality { Text, Image, Audio, Video };

struct ModalityName {
    std::string_view name;
    Modality modality;
};

// The portal's wording is unconfirmed, so common synonyms are accepted.
constexpr std::array<ModalityName, 9> kModalityNames{{{"文本", Modality::Text},
                                                      {"文字", Modality::Text},
                                                      {"图像", Modality::Image},
                                                      {"图片", Modality::Image},
                                                      {"音频", Modality::Audio},
                                                      {"语音", Modality::Audio},
                                                      {"声音", Modality::Audio},
                                                      {"视频", Modality::Video},
                                                      {"动画", Modality::Video}}};

struct FormatName {
    std::string_view extension;
    Modality modality;
};

constexpr std::array<FormatName, 24> kFormats{{
    {"txt", Modality::Text},  {"json", Modality::Text},  {"md", Modality::Text},
    {"html", Modality::Text}, {"csv", Modality::Text},   {"xml", Modality::Text},
    {"doc", Modality::Text},  {"docx", Modality::Text},  {"pdf", Modality::Text},
    {"jpg", Modality::Image}, {"jpeg", Modality::Image}, {"png", Modality::Image},
    {"gif", Modality::Image}, {"webp", Modality::Image}, {"bmp", Modality::Image},
    {"svg", Modality::Image}, {"mp3", Modality::Audio},  {"wav", Modality::Audio},
    {"aac", Modality::Audio}, {"flac", Modality::Audio}, {"mp4", Modality::Video},
    {"mov", Modality::Video}, {"avi", Modality::Video},  {"webm", Modality::Video},
}};

std::optional<Modality> modality_named(const std::string& name) {
    for (const auto& entry : kModalityNames)
        if (name.find(entry.name) != std::string::npos) return entry.modality;
    return std::nullopt;
}

std::optional<Modality> modality_of_format(std::string format) {
    format = trim(format);
    std::transform(format.begin(), format.end(), format.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (!format.empty() && format.front() == '.') format.erase(0, 1);
    for (const auto& entry : kFormats)
        if (entry.extension == format) return entry.modality;
    return std::nullopt;
}

void check_direction(const json* data, const std::string& base, const char* modalities_key,
                     const char* formats_key, const char* zh_direction, const char* en_direction,
                     Findings& out) {
    const auto& modalities = array_of(child(data, modalities_key));
    const auto& formats = array_of(child(data, formats_key));
    if (modalities.empty() && formats.empty()) return;
    std::set<Modality> declared, covered;
    for (const auto& m : modalities)
        if (auto modality = modality_named(text_of(&m))) declared.insert(*modality);
    for (std::size_t i = 0; i < formats.size(); ++i) {
        const auto modality = modality_of_format(text_of(&formats[i]));
        if (!modality) continue;  // an unknown extension is not ours to judge
        covered.insert(*modality);
        if (!declared.contains(*modality))
            out.push_back(
                {"FORMAT_WITHOUT_MODALITY", Severity::Error,
                 base + "/" + formats_key + "/" + std::to_string(i), "", "",
                 std::string(zh_direction) + "文件格式不属于已声明的任何" + zh_direction + "模态",
                 std::string("a declared ") + en_direction +
                     " file format belongs to no declared " + en_direction + " modality"});
    }
    for (std::size_t i = 0; i < modalities.size(); ++i) {
        const auto modality = modality_named(text_of(&modalities[i]));
        if (!modality || covered.contains(*modality)) continue;
        out.push_back({"MODALITY_WITHOUT_FORMAT", Severity::Error,
                       base + "/" + modalities_key + "/" + std::to_string(i), "", "",
                       std::string(zh_direction) + "模态未声明对应的文件格式",
                       std::string("a declared ") + en_direction +
                           " modality has no file format of its kind"});
    }
}

}  // namespace

void output_formats_match_modalities(const RuleContext& context, Findings& out) {
    const auto& algorithms = array_of(child(&context.dossier, "algorithms"));
    for (std::size_t i = 0; i < algorithms.size(); ++i) {
        const auto base = "/algorithms/" + std::to_string(i) + "/detail/data";
        const auto* data = child(child(&algorithms[i], "detail"), "data");
        check_direction(data, base, "outputModalities", "outputFormats", "输出", "output", out);
        check_direction(data, base, "inputModalities", "inputFormats", "输入", "input", out);
    }
}

}  // namespace beian::rules
