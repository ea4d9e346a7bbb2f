-- wrk script of bench/complaints.sh: an official opens list pages (GET /api/complaints) with a session cookie from
-- TEPAT_SESSION: pages 1-5, every other request filtered by one status, 20 rows a page (the web app's default).
local session = os.getenv("TEPAT_SESSION")
local statuses = {"BARU", "DITERUSKAN", "DITINDAKLANJUTI", "SELESAI", "TIDAK_ADA_RESPON"}
local counter = 0

request = function()
  counter = counter + 1
  local path = "/api/complaints?page_size=20&page=" .. (1 + counter % 5)
  if counter % 2 == 0 then path = path .. "&status=" .. statuses[1 + math.floor(counter / 2) % 5] end
  return wrk.format("GET", path, {["Cookie"] = "tepat_session=" .. session})
end

