import { lazy, Suspense } from 'react';
import { Link } from './components/Link.js';
import { Loading } from './components/Status.js';
import { useLocation } from './lib/router.js';
import { DisclosurePage } from './pages/DisclosurePage.js';
import { LibraryPage } from './pages/LibraryPage.js';
import { SearchPage } from './pages/SearchPage.js';

// Layout and page selection. Comparison and upload load on demand.

const ComparePage = lazy(() => import('./pages/ComparePage.js').then((m) => ({ default: m.ComparePage })));
const UploadPage = lazy(() => import('./pages/UploadPage.js').then((m) => ({ default: m.UploadPage })));

export function App() {
  const loc = useLocation();
  const doc = /^\/d\/([0-9a-f]{16})$/.exec(loc.path);
  let page;
  if (loc.path === '/') page = <LibraryPage query={loc.query} />;
  else if (doc) page = <DisclosurePage id={doc[1]!} query={loc.query} />;
  else if (loc.path === '/search') page = <SearchPage query={loc.query} />;
  else if (loc.path === '/compare') page = <ComparePage query={loc.query} />;
  else if (loc.path === '/upload') page = <UploadPage />;
  else page = <p className="error">页面不存在。<Link to="/">返回文件库</Link></p>;
  const nav = (to: string, label: string, active: boolean) => (
    <Link to={to} className={active ? 'active' : undefined}>
      {label}
    </Link>
  );
  return (
    <>
      <header className="topbar">
        <Link to="/" className="brand">
          预算公开 <small>yusuan</small>
        </Link>
        <nav>
          {nav('/', '文件库', loc.path === '/' || !!doc)}
          {nav('/search', '检索', loc.path === '/search')}
          {nav('/compare', '对比', loc.path === '/compare')}
          {nav('/upload', '上传', loc.path === '/upload')}
          <a href="/api/docs" target="_blank" rel="noreferrer">
            接口文档
          </a>
        </nav>
      </header>
      <main>
        <Suspense fallback={<Loading />}>{page}</Suspense>
      </main>
    </>
  );
}
