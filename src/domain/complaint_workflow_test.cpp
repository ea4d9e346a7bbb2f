#include "domain/complaint_workflow.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "domain/complaint_text.hpp"

namespace tepat::domain {
namespace {

constexpr std::int64_t kReporterId = 100;
constexpr std::int64_t kRecorderId = 200;
constexpr std::int64_t kOfficialId = 300;
constexpr UnixSeconds kCreated = 1'795'000'000;  // 2026-11-17, a Tuesday
constexpr UnixSeconds kForwarded = kCreated + kSecondsPerDay;
constexpr UnixSeconds kDeadline = kForwarded + kNoResponseDays * kSecondsPerDay;

using S = ComplaintStatus;
using A = ComplaintAction;

// A complaint in `status`, with the times that status implies.
Complaint InStatus(ComplaintStatus status) {
  Complaint c;
  c.id = 7;
  c.region = *RegionCode::Parse("35.10");
  c.topic_id = 1;
  c.title = "Bantuan belum diterima";
  c.message = "Sudah terdaftar sejak 2024 tetapi belum menerima BST.";
  c.reporter_account_id = kReporterId;
  c.recorded_by_account_id = kRecorderId;
  c.created_at = kCreated;
  c.status = status;
  if (status != S::kBaru) c.forwarded_at = kForwarded;
  if (status == S::kTidakAdaRespon) c.no_response_at = kDeadline;
  if (status == S::kDitindaklanjuti || status == S::kSelesai) c.first_response_at = kForwarded + kSecondsPerDay;
  if (status == S::kSelesai) c.closed_at = kForwarded + 2 * kSecondsPerDay;
  return c;
}

struct NamedActor {
  std::string label;
  ComplaintActor actor;
};

ComplaintActor Official(Role role, bool covers, std::int64_t id = kOfficialId) { return {role, id, covers}; }

// Every kind of actor: the system, every role inside and outside the complaint's region, the reporter and another
// citizen, and the operator who recorded the complaint (outside its region).
std::vector<NamedActor> AllActors() {
  std::vector<NamedActor> actors = {{"system", ComplaintActor::System()}};
  for (Role role : AllRoles()) {
    if (role == Role::kWarga) continue;
    actors.push_back({std::string(RoleName(role)), Official(role, true)});
    actors.push_back({std::string(RoleName(role)) + "_other_region", Official(role, false)});
  }
  actors.push_back({"warga_reporter", Official(Role::kWarga, false, kReporterId)});
  actors.push_back({"warga_other", Official(Role::kWarga, false, kOfficialId)});
  actors.push_back({"operator_desa_recorder", Official(Role::kOperatorDesa, false, kRecorderId)});
  return actors;
}

// Who may take each action at all (whatever the status). Written out by hand from issue 5 and docs/complaints.md.
const std::map<ComplaintAction, std::set<std::string>> kMayAct = {
    {A::kForward, {"admin", "admin_other_region", "pic_korwil"}},
    {A::kReopen, {"admin", "admin_other_region", "pic_korwil"}},
    {A::kRespond, {"admin", "admin_other_region", "admin_pemda"}},
    {A::kClose, {"admin", "admin_other_region", "admin_pemda"}},
    {A::kComment,
     {"admin", "admin_other_region", "pic_korwil", "admin_pemda", "operator_desa", "operator_desa_recorder",
      "warga_reporter"}},
    {A::kMarkNoResponse, {"system"}},
};

// The only status changes there are: (from, action) -> to.
const std::map<std::pair<ComplaintStatus, ComplaintAction>, ComplaintStatus> kMoves = {
    {{S::kBaru, A::kForward}, S::kDiteruskan},
    {{S::kDiteruskan, A::kRespond}, S::kDitindaklanjuti},
    {{S::kTidakAdaRespon, A::kRespond}, S::kDitindaklanjuti},
    {{S::kDitindaklanjuti, A::kRespond}, S::kDitindaklanjuti},
    {{S::kDitindaklanjuti, A::kClose}, S::kSelesai},
    {{S::kDiteruskan, A::kMarkNoResponse}, S::kTidakAdaRespon},
    {{S::kSelesai, A::kReopen}, S::kDiteruskan},
    {{S::kBaru, A::kComment}, S::kBaru},
    {{S::kDiteruskan, A::kComment}, S::kDiteruskan},
    {{S::kDitindaklanjuti, A::kComment}, S::kDitindaklanjuti},
    {{S::kTidakAdaRespon, A::kComment}, S::kTidakAdaRespon},
};

TEST(ComplaintWorkflowTableTest, EveryStatusActionAndActor) {
  const UnixSeconds now = kDeadline + kSecondsPerDay;  // past the no-response deadline
  int allowed = 0;
  int checked = 0;
  for (ComplaintStatus status : AllComplaintStatuses()) {
    for (ComplaintAction action : AllComplaintActions()) {
      for (const NamedActor& named : AllActors()) {
        SCOPED_TRACE(std::string(ComplaintStatusCode(status)) + " x " + ComplaintActionCode(action) + " x " +
                     named.label);
        const Complaint before = InStatus(status);
        Result<Transition> result = Apply(before, {action, "Pesan tindak lanjut."}, named.actor, now);
        ++checked;
        const bool may_act = kMayAct.at(action).contains(named.label);
        const auto move = kMoves.find({status, action});
        if (!may_act) {
          ASSERT_FALSE(result.ok());
          EXPECT_EQ(result.status().code(), ErrorCode::kPermissionDenied) << result.status().message();
        } else if (move == kMoves.end()) {
          ASSERT_FALSE(result.ok());
          EXPECT_EQ(result.status().code(), ErrorCode::kFailedPrecondition) << result.status().message();
        } else {
          ASSERT_TRUE(result.ok()) << result.status().message();
          ++allowed;
          EXPECT_EQ(result->from, status);
          EXPECT_EQ(result->to, move->second);
          EXPECT_EQ(result->action, action);
          EXPECT_EQ(result->at, now);
          EXPECT_FALSE(result->text.empty());
          Complaint after = before;
          ASSERT_TRUE(CommitTransition(*result, &after).ok());
          EXPECT_EQ(after.status, move->second);
          continue;
        }
        EXPECT_FALSE(result.status().message().empty());
        EXPECT_NE(result.status().message().find('('), std::string::npos) << "Indonesian with English in brackets";
      }
    }
  }
  EXPECT_EQ(checked, 5 * 6 * 16);  // 5 statuses x 6 actions x 16 actors
  EXPECT_GT(allowed, 0);
}

Result<Transition> Do(const Complaint& c, ComplaintAction action, const ComplaintActor& actor, UnixSeconds now,
                      std::string message = "Pesan.") {
  return Apply(c, {action, std::move(message)}, actor, now);
}

const ComplaintActor kKorwil = Official(Role::kPicKorwil, true);
const ComplaintActor kPemda = Official(Role::kAdminPemda, true);

TEST(ComplaintWorkflowTest, RefusalsSayWhatIsWrong) {
  auto second_forward = Do(InStatus(S::kDiteruskan), A::kForward, kKorwil, kForwarded);
  EXPECT_NE(second_forward.status().message().find("twice"), std::string::npos);
  auto skip_forward = Do(InStatus(S::kBaru), A::kRespond, kPemda, kForwarded);
  EXPECT_NE(skip_forward.status().message().find("forward it first"), std::string::npos);
  auto skip_follow_up = Do(InStatus(S::kDiteruskan), A::kClose, kPemda, kForwarded);
  EXPECT_NE(skip_follow_up.status().message().find("followed up"), std::string::npos);
  auto closed = Do(InStatus(S::kSelesai), A::kComment, kPemda, kForwarded);
  EXPECT_NE(closed.status().message().find("closed"), std::string::npos);
  auto other_region = Do(InStatus(S::kBaru), A::kComment, Official(Role::kAdminPemda, false), kForwarded);
  EXPECT_NE(other_region.status().message().find("35.10"), std::string::npos);
  auto wrong_role = Do(InStatus(S::kDiteruskan), A::kClose, kKorwil, kForwarded);
  EXPECT_NE(wrong_role.status().message().find("pic_korwil"), std::string::npos);
}

TEST(ComplaintWorkflowTest, EveryTextActionNeedsAValidMessage) {
  for (ComplaintAction action : {A::kForward, A::kComment}) {
    auto empty = Do(InStatus(S::kBaru), action, kKorwil, kForwarded, "  ");
    EXPECT_EQ(empty.status().code(), ErrorCode::kInvalidArgument);
    auto too_long = Do(InStatus(S::kBaru), action, kKorwil, kForwarded, std::string(kMaxCommentChars + 1, 'a'));
    EXPECT_EQ(too_long.status().code(), ErrorCode::kInvalidArgument);
  }
  auto bad_bytes = Do(InStatus(S::kDiteruskan), A::kRespond, kPemda, kForwarded, "caf\xE9");
  EXPECT_EQ(bad_bytes.status().code(), ErrorCode::kInvalidArgument);
  auto html = Do(InStatus(S::kDiteruskan), A::kRespond, kPemda, kForwarded, "<b>Sudah</b> dicek");
  ASSERT_TRUE(html.ok());
  EXPECT_EQ(html->text, "<b>Sudah</b> dicek");  // kept as text; the web layer escapes it
}

TEST(ComplaintWorkflowTest, NoResponseOnlyFromTheDeadline) {
  const Complaint c = InStatus(S::kDiteruskan);
  EXPECT_EQ(NoResponseDeadline(c), kDeadline);
  EXPECT_FALSE(NoResponseDeadline(InStatus(S::kDitindaklanjuti)).has_value());
  auto early = Do(c, A::kMarkNoResponse, ComplaintActor::System(), kDeadline - 1);
  EXPECT_EQ(early.status().code(), ErrorCode::kFailedPrecondition);
  auto due = Do(c, A::kMarkNoResponse, ComplaintActor::System(), kDeadline);
  ASSERT_TRUE(due.ok());
  EXPECT_NE(due->text.find("7 hari"), std::string::npos);
  WorkflowPolicy three_days;
  three_days.no_response_after_seconds = 3 * kSecondsPerDay;
  EXPECT_TRUE(
      Apply(c, {A::kMarkNoResponse, ""}, ComplaintActor::System(), kForwarded + 3 * kSecondsPerDay, three_days).ok());
}

TEST(ComplaintWorkflowTest, SweepIsIdempotent) {
  std::vector<Complaint> complaints;
  for (ComplaintStatus status : AllComplaintStatuses()) complaints.push_back(InStatus(status));
  Complaint late_forward = InStatus(S::kDiteruskan);
  late_forward.id = 8;
  late_forward.forwarded_at = kForwarded + kSecondsPerDay;
  complaints.push_back(late_forward);

  EXPECT_TRUE(SweepOverdue(complaints, kDeadline - 1).empty());
  std::vector<Transition> due = SweepOverdue(complaints, kDeadline);
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0].complaint_id, 7);
  EXPECT_EQ(due[0].to, S::kTidakAdaRespon);
  for (const Transition& t : due) {
    auto target = std::find_if(complaints.begin(), complaints.end(),
                               [&](const Complaint& c) { return c.id == t.complaint_id && c.status == t.from; });
    ASSERT_TRUE(CommitTransition(t, &*target).ok());
  }
  EXPECT_TRUE(SweepOverdue(complaints, kDeadline).empty()) << "running the sweep twice changes nothing";
  EXPECT_EQ(SweepOverdue(complaints, kDeadline + kSecondsPerDay).size(), 1u) << "the later forward is due a day later";
}

TEST(ComplaintWorkflowTest, WholeJourneyWithLateAnswerAndReopen) {
  Complaint c = InStatus(S::kBaru);
  auto step = [&](ComplaintAction action, const ComplaintActor& actor, UnixSeconds at) {
    Result<Transition> t = Apply(c, {action, "Langkah."}, actor, at);
    ASSERT_TRUE(t.ok()) << t.status().message();
    ASSERT_TRUE(CommitTransition(*t, &c).ok());
  };
  step(A::kForward, kKorwil, kForwarded);
  EXPECT_EQ(c.forwarded_at, kForwarded);
  step(A::kMarkNoResponse, ComplaintActor::System(), kDeadline);
  EXPECT_EQ(c.status, S::kTidakAdaRespon);
  step(A::kRespond, kPemda, kDeadline + 10);
  EXPECT_EQ(c.status, S::kDitindaklanjuti);
  EXPECT_EQ(c.first_response_at, kDeadline + 10);
  EXPECT_EQ(c.no_response_at, kDeadline) << "the missed deadline stays on record";
  step(A::kRespond, kPemda, kDeadline + 20);
  EXPECT_EQ(c.first_response_at, kDeadline + 10) << "only the first follow-up counts as the first response";
  step(A::kClose, kPemda, kDeadline + 30);
  EXPECT_EQ(c.status, S::kSelesai);
  EXPECT_EQ(c.closed_at, kDeadline + 30);
  step(A::kReopen, kKorwil, kDeadline + 40);
  EXPECT_EQ(c.status, S::kDiteruskan);
  EXPECT_EQ(c.forwarded_at, kDeadline + 40) << "a reopened complaint gets a new deadline";
  EXPECT_FALSE(c.closed_at.has_value());
  EXPECT_EQ(NoResponseDeadline(c), kDeadline + 40 + kNoResponseDays * kSecondsPerDay);
}

TEST(ComplaintWorkflowTest, CommitRefusesAStaleTransition) {
  Complaint c = InStatus(S::kBaru);
  auto first = Apply(c, {A::kForward, "Ke Dinsos."}, kKorwil, kForwarded);
  auto second = Apply(c, {A::kForward, "Ke Dinsos juga."}, Official(Role::kAdmin, true), kForwarded + 1);
  ASSERT_TRUE(first.ok());
  ASSERT_TRUE(second.ok());
  ASSERT_TRUE(CommitTransition(*first, &c).ok());
  const Complaint after_first = c;
  Status stale = CommitTransition(*second, &c);
  EXPECT_EQ(stale.code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(c.forwarded_at, after_first.forwarded_at);
  Complaint other = InStatus(S::kBaru);
  other.id = 99;
  EXPECT_EQ(CommitTransition(*first, &other).code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(other.status, S::kBaru);
}

TEST(ComplaintActorTest, ForAccountUsesTheRegionScopes) {
  const Complaint c = InStatus(S::kBaru);
  Account korwil;
  korwil.id = 5;
  korwil.role = Role::kPicKorwil;
  korwil.scopes = {*RegionCode::Parse("35")};
  ComplaintActor actor = ComplaintActor::ForAccount(korwil, c);
  EXPECT_EQ(actor.role, Role::kPicKorwil);
  EXPECT_EQ(actor.account_id, 5);
  EXPECT_TRUE(actor.covers_region);
  korwil.scopes = {*RegionCode::Parse("32.73")};
  EXPECT_FALSE(ComplaintActor::ForAccount(korwil, c).covers_region);
}

TEST(ComplaintActionTest, CodesRoundTrip) {
  for (ComplaintAction action : AllComplaintActions()) {
    EXPECT_EQ(ParseComplaintAction(ComplaintActionCode(action)), action);
  }
  EXPECT_FALSE(ParseComplaintAction("FORWARD").has_value());
  EXPECT_FALSE(ParseComplaintAction("delete").has_value());
}

TEST(CheckFilingTest, OnlineForEveryoneOfflineForOfficialsOfTheRegion) {
  for (ComplaintChannel channel : AllComplaintChannels()) {
    SCOPED_TRACE(ComplaintChannelCode(channel));
    const bool online = channel == ComplaintChannel::kOnline;
    EXPECT_EQ(CheckFiling(std::nullopt, channel, false).ok(), online);
    EXPECT_EQ(CheckFiling(Role::kWarga, channel, false).ok(), online);
    EXPECT_EQ(CheckFiling(Role::kOperator, channel, true).ok(), online);
    EXPECT_EQ(CheckFiling(Role::kSupervisorKabupaten, channel, true).ok(), online);
    EXPECT_TRUE(CheckFiling(Role::kAdmin, channel, false).ok());
    for (Role role : {Role::kOperatorDesa, Role::kAdminPemda, Role::kPicKorwil}) {
      EXPECT_TRUE(CheckFiling(role, channel, true).ok());
      EXPECT_EQ(CheckFiling(role, channel, false).ok(), online);
    }
    if (!online) {
      EXPECT_EQ(CheckFiling(Role::kWarga, channel, false).code(), ErrorCode::kPermissionDenied);
    }
  }
}

}  // namespace
}  // namespace tepat::domain
