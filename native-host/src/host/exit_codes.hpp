// Exit codes of beian-assist. APPEND ONLY (PROTOCOL.md documents them).
#pragma once

namespace beian::exit_code {

inline constexpr int kOk = 0;               // CLI success; host: input ended at a frame boundary
inline constexpr int kFindings = 1;         // validate: errors; checklist: materials left
inline constexpr int kUnusable = 2;         // CLI: bad usage or unusable input
inline constexpr int kTruncatedFrame = 65;  // host: input ended inside a frame
inline constexpr int kOversizeFrame = 66;   // host: a frame declared more than the inbound cap
inline constexpr int kIoError = 67;         // host: reading stdin or writing stdout failed
inline constexpr int kStartupFailed = 70;   // host: profile or data directory unusable
inline constexpr int kCallerRefused = 77;   // host: started by an extension not on the allow-list

}  // namespace beian::exit_code
