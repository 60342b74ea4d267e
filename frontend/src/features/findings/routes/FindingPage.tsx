import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Empty, QueryView } from '@/components/ui/States';
import { useUser } from '@/lib/auth/AuthContext';
import { useFinding } from '../api/get-finding';
import { FindingFacts } from '../components/FindingFacts';
import { FindingFiguresTable } from '../components/FindingFiguresTable';
import { StatusForm } from '../components/StatusForm';

// The roles the API lets decide on a finding (setFindingStatus); others read only.
const DECIDERS = ['ADMIN', 'PROVINCE_MANAGER', 'DISTRICT_OFFICER', 'COMMUNE_OFFICER'];

export function FindingPage() {
  const raw = useParams().id ?? '';
  if (!/^[1-9]\d{0,17}$/.test(raw)) return <Empty />;
  return <FindingView id={Number(raw)} />;
}

function FindingView({ id }: { id: number }) {
  const { t } = useTranslation();
  const user = useUser();
  const finding = useFinding(id);
  const canDecide = user.roles.some((r) => DECIDERS.includes(r));
  return (
    <section aria-labelledby="finding-title">
      <p>
        <Link to="/findings">← {t('findings.back')}</Link>
      </p>
      <QueryView query={finding}>
        {(f) => (
          <>
            <h1 id="finding-title">
              #{f.id} · {t(`findings.rules.${f.rule}`)} · {f.unit.name}
            </h1>
            <FindingFacts finding={f} />
            <h2>{t('findings.figures')}</h2>
            <FindingFiguresTable finding={f} />
            {f.status === 'RESOLVED' ? (
              <p className="state state-empty">{t('findings.resolvedNote')}</p>
            ) : canDecide ? (
              <StatusForm finding={f} onStale={() => void finding.refetch()} />
            ) : (
              <p className="muted">{t('findings.cannotDecide')}</p>
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}
