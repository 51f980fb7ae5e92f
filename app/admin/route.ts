// /admin: the web editor's page (cms/admin.ts). Two scripts and an empty body; Sveltia CMS draws
// the editor. Linked from no public page; its headers (own Content-Security-Policy, noindex) are
// in next.config.ts. The scripts are built into public/admin by scripts/build-admin.ts.

export const dynamic = 'force-static';

const PAGE = `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Редактор новостей · News editor</title>
<script src="/admin/cms.js"></script>
<script src="/admin/sveltia-cms.js"></script>
</head>
<body></body>
</html>
`;

export function GET(): Response {
  return new Response(PAGE, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=0, must-revalidate' } });
}
