import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth, useUser } from '@/lib/auth/AuthContext';
import { changeLanguage, LANGUAGES, type Language } from '@/lib/i18n';
import { scopeText, useMe } from '@/lib/api/me';

export function Shell() {
  const { t, i18n } = useTranslation();
  const { signOut } = useAuth();
  const user = useUser();
  // Name and scope as the API sees them (GET /me: units named in both languages); the token's until it answers.
  const me = useMe().data;
  // Viewers read only: the upload page is not in their menu (the API would refuse them anyway).
  const canUpload = user.roles.some((r) => r !== 'VIEWER');
  // The audit trail is the managers' (the API answers others 403).
  const canAudit = user.roles.some((r) => r === 'ADMIN' || r === 'PROVINCE_MANAGER');
  // Sign-off is the managers' and officers' (viewers only read a status; awaiting=me lists nothing for them).
  const canSignOff = user.roles.some((r) => r !== 'VIEWER');
  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t('app.title')}</span>
          <span className="brand-sub">{t('app.subtitle')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to="/overview">{t('nav.overview')}</NavLink>
            </li>
            <li>
              <NavLink to="/units">{t('nav.units')}</NavLink>
            </li>
            <li>
              <NavLink to="/indicators">{t('nav.indicators')}</NavLink>
            </li>
            <li>
              <NavLink to="/reports">{t('nav.reports')}</NavLink>
            </li>
            <li>
              <NavLink to="/findings">{t('nav.findings')}</NavLink>
            </li>
            <li>
              <NavLink to="/data">{t('nav.data')}</NavLink>
            </li>
            {canSignOff && (
              <li>
                <NavLink to="/approvals">{t('nav.approvals')}</NavLink>
              </li>
            )}
            {canUpload && (
              <li>
                <NavLink to="/uploads">{t('nav.uploads')}</NavLink>
              </li>
            )}
            {canAudit && (
              <li>
                <NavLink to="/audit">{t('nav.audit')}</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <div className="account">
          <label>
            <span className="sr-only">{t('lang.label')}</span>
            <select
              value={i18n.language}
              onChange={(e) => void changeLanguage(e.target.value as Language)}
              aria-label={t('lang.label')}
            >
              {LANGUAGES.map((lng) => (
                <option key={lng} value={lng}>
                  {t(`lang.${lng}`)}
                </option>
              ))}
            </select>
          </label>
          <span className="who" data-testid="user">
            <strong>{me?.name ?? user.name}</strong>
            <span>
              {user.roles.map((r) => t(`roles.${r}`)).join(', ')} · {t('user.scope')}:{' '}
              <span data-testid="scope">
                {me
                  ? scopeText(me, i18n.language, t('user.national'))
                  : user.units.join(', ') || t('user.national')}
              </span>
            </span>
          </span>
          <button type="button" onClick={signOut}>
            {t('auth.signOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
