-- wrk script for bench/comment_posts.py: signed-in readers posting comments.
--
-- Run with one connection per thread (-t N -c N): a thread's requests and responses then
-- alternate, so each answer is paired with the post it answers (reader, text, story).
-- KN_POSTS_DATA names the file comment_posts.prepare() wrote; KN_POSTS_LOG receives one line
-- per post: "A" acknowledged (the thanks redirect), "R" anything else, "P" in flight at the
-- stop, each with the status and the reader, text and story numbers.

local threads = {}

function setup(thread)
   thread:set("id", #threads)
   table.insert(threads, thread)
end

local readers, stories, texts = {}, {}, {}
local origin = ""
local next_reader, step = 0, 1
local pending = nil
-- Globals, so that done() can read them with thread:get().
entries = {}
pending_line = nil

function init(args)
   for line in io.lines(os.getenv("KN_POSTS_DATA")) do
      local fields = {}
      for field in string.gmatch(line, "[^\t]+") do
         table.insert(fields, field)
      end
      local kind = fields[1]
      if kind == "R" then
         table.insert(readers, { cookie = fields[3], token = fields[4] })
      elseif kind == "S" then
         table.insert(stories, fields[2])
      elseif kind == "T" then
         table.insert(texts, { body = fields[2], checked = fields[3] })
      elseif kind == "O" then
         origin = fields[2]
      end
   end
   next_reader = id
   step = tonumber(os.getenv("KN_POSTS_THREADS"))
end

local function entry(kind, status, post)
   return string.format("%s %s %d %d %d", kind, status, post.reader, post.text, post.story)
end

local function build(r)
   local t = (r * 7) % #texts
   local s = r % #stories
   local reader, text = readers[r + 1], texts[t + 1]
   local body = "csrfmiddlewaretoken=" .. reader.token .. "&text=" .. text.body
      .. "&checked=" .. text.checked .. "&action=send"
   local request = wrk.format("POST", stories[s + 1], {
      ["Cookie"] = reader.cookie,
      ["Origin"] = origin,
      ["Content-Type"] = "application/x-www-form-urlencoded",
   }, body)
   return request, { reader = r, text = t, story = s }
end

-- wrk calls request() once in thread 0 before the run, only to check that it parses.
local checked_by_wrk = false

function request()
   if id == 0 and not checked_by_wrk then
      checked_by_wrk = true
      return (build(next_reader % #readers))
   end
   if pending then
      -- The connection was lost before an answer (wrk reconnects): never told anything.
      table.insert(entries, entry("P", "none", pending))
   end
   local r = next_reader % #readers
   next_reader = next_reader + step
   local request, post = build(r)
   pending = post
   pending_line = entry("P", "none", pending)
   return request
end

function response(status, headers, body)
   if pending == nil then
      return
   end
   local location = headers["Location"] or headers["location"] or ""
   if status == 302 and string.find(location, "#comments", 1, true) then
      table.insert(entries, entry("A", status, pending))
   else
      table.insert(entries, entry("R", status, pending))
   end
   pending = nil
   pending_line = nil
end

function done(summary, latency, requests)
   local out = assert(io.open(os.getenv("KN_POSTS_LOG"), "w"))
   for _, thread in ipairs(threads) do
      for _, line in ipairs(thread:get("entries")) do
         out:write(line, "\n")
      end
      local left = thread:get("pending_line")
      if left then
         out:write(left, "\n")
      end
   end
   out:close()
   io.write(string.format("run_seconds=%.3f\n", summary.duration / 1e6))
end
