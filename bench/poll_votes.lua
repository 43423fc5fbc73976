-- wrk script for bench/poll_votes.py: readers voting in one poll, each request a new reader
-- (its own User-Agent, so the once-per-reader check lets it count).
--
-- KN_VOTES_PATH is the vote URL, KN_VOTES_ANSWERS the answer ids (comma separated). Each
-- thread counts the votes the server acknowledged (the 303 to "?said=thanks") per answer;
-- done() writes "A <answer> <count>" lines and "O <status> <count>" for other answers to
-- KN_VOTES_LOG.

local threads = {}

function setup(thread)
   thread:set("id", #threads)
   table.insert(threads, thread)
end

local answers = {}
local path = ""
local sent = 0
local pending = nil
acked = {}
others = {}

function init(args)
   path = os.getenv("KN_VOTES_PATH")
   for answer in string.gmatch(os.getenv("KN_VOTES_ANSWERS"), "[^,]+") do
      table.insert(answers, answer)
   end
end

function request()
   sent = sent + 1
   local answer = answers[(sent % #answers) + 1]
   pending = answer
   return wrk.format("POST", path, {
      ["User-Agent"] = string.format("Mozilla/5.0 (bench reader %d-%d) Mobile", id, sent),
      ["Content-Type"] = "application/x-www-form-urlencoded",
   }, "answer=" .. answer)
end

function response(status, headers, body)
   local location = headers["Location"] or headers["location"] or ""
   if pending and status == 303 and string.find(location, "said=thanks", 1, true) then
      acked[pending] = (acked[pending] or 0) + 1
   else
      others[tostring(status)] = (others[tostring(status)] or 0) + 1
   end
   pending = nil
end

function done(summary, latency, requests)
   local out = assert(io.open(os.getenv("KN_VOTES_LOG"), "w"))
   for _, thread in ipairs(threads) do
      for answer, count in pairs(thread:get("acked")) do
         out:write(string.format("A %s %d\n", answer, count))
      end
      for status, count in pairs(thread:get("others")) do
         out:write(string.format("O %s %d\n", status, count))
      end
   end
   out:close()
   io.write(string.format("run_seconds=%.3f\n", summary.duration / 1e6))
end
