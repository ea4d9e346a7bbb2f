-- wrk script of bench/complaints.sh: a citizen files a complaint (POST /api/complaints) with a session cookie and
-- CSRF token from the environment (TEPAT_SESSION, TEPAT_CSRF). Topics and titles vary per request.
local session = os.getenv("TEPAT_SESSION")
local csrf = os.getenv("TEPAT_CSRF")
local counter = 0

request = function()
  counter = counter + 1
  local body = string.format(
    '{"region":"35.10","topic_id":%d,"title":"Bantuan belum diterima %d","message":"Saya sudah terdaftar ' ..
    'tetapi belum menerima bantuan. Mohon dicek (benchmark).","phones":["0812-3456-7890"],"show_profile":false}',
    1 + counter % 6, counter)
  return wrk.format("POST", "/api/complaints", {
    ["Content-Type"] = "application/json",
    ["Cookie"] = "tepat_session=" .. session,
    ["X-CSRF-Token"] = csrf,
  }, body)
end

