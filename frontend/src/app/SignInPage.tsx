import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth/AuthContext';
import { changeLanguage, LANGUAGES, type Language } from '@/lib/i18n';

export function SignInPage({ error }: { error?: unknown }) {
  const { t, i18n } = useTranslation();
  const { signIn } = useAuth();
  return (
    <main id="main" className="sign-in">
      <h1>{t('app.title')}</h1>
      <p className="lead">{t('app.subtitle')}</p>
      {error !== undefined && (
        <p role="alert" className="state state-error">
          {t('auth.failed')}: {error instanceof Error ? error.message : String(error)}
        </p>
      )}
      <p>{t('auth.signedOut')}</p>
      <p>{t('auth.intro')}</p>
      <button type="button" className="primary" onClick={() => signIn()}>
        {t('auth.signIn')}
      </button>
      <p>
        <label>
          {t('lang.label')}{' '}
          <select value={i18n.language} onChange={(e) => void changeLanguage(e.target.value as Language)}>
            {LANGUAGES.map((lng) => (
              <option key={lng} value={lng}>
                {t(`lang.${lng}`)}
              </option>
            ))}
          </select>
        </label>
      </p>
    </main>
  );
}
