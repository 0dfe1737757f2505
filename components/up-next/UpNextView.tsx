import { useLive, valueOr } from '@/components/ui/use-live';

/** The up-next feature's view; every user-facing string goes through t() (public/_locales/*). */
export function UpNextView() {
  const summary = valueOr(useLive('upNext.summary', undefined), { count: 0 });
  return <output>{summary.count}</output>;
}
