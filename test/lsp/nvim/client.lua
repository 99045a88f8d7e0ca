-- Headless Neovim (0.7+) as a plain LSP client of `node dist/server.js --stdio`.
-- Writes what it received as JSON to $PTPCONF_OUT, then quits.
local file = vim.env.PTPCONF_FILE
vim.cmd('edit ' .. file)
vim.bo.filetype = 'linuxptp'
local client_id = vim.lsp.start_client({
  name = 'ptpconf',
  cmd = { 'node', vim.env.PTPCONF_SERVER, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
vim.lsp.buf_attach_client(0, client_id)
local got = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local uri = vim.uri_from_bufnr(0)
local res = { waited = got, diagnostics = {}, completion = {}, hover = vim.NIL, pull = vim.NIL }
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(res.diagnostics, { lnum = d.lnum, message = d.message, severity = d.severity })
end
local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = 2, character = 3 } }, 5000)
for _, r in pairs(hover or {}) do
  if r.result then res.hover = r.result.contents.value end
end
local comp = vim.lsp.buf_request_sync(0, 'textDocument/completion', { textDocument = { uri = uri }, position = { line = 3, character = 0 } }, 5000)
for _, r in pairs(comp or {}) do
  if r.result then
    local items = r.result.items or r.result
    for _, it in ipairs(items) do table.insert(res.completion, it.label) end
  end
end
local client = vim.lsp.get_client_by_id(client_id)
res.pull = client.server_capabilities.diagnosticProvider ~= nil
vim.fn.writefile({ vim.fn.json_encode(res) }, vim.env.PTPCONF_OUT)
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
