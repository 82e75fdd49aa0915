import { useMe } from '../../api/useMe';

/** The ward of the signed-in ward officer (from their token, as the API sees it). */
export function useWardId(): string | undefined {
  const me = useMe();
  return me.data?.ward?.wardId ?? me.data?.user.wardId;
}
