import type { CampaignAction } from '@antq/domain';
import { Button, Group } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useIntent } from '../../api/intent';
import { useTRPC } from '../../api/trpc';
import type { CampaignOutput } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MutationError } from '../../components/MutationError';
import { toneText } from '../../components/tones';
import { useI18n } from '../../i18n';

/** The actions a campaign's state allows, each confirmed in a dialog: open, lock, unlock, close (and edit a draft). */
export function CampaignActions({ campaign }: { campaign: CampaignOutput }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<CampaignAction>();
  const act = useIntent(useMutation(trpc.campaigns.act.mutationOptions()));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.campaigns.pathKey() });

  const words: Record<CampaignAction, { button: string; title: string; text: string; color?: string }> = {
    open: { button: t.campaigns.open, title: t.campaigns.openTitle, text: t.campaigns.openText },
    lock: { button: t.campaigns.lock, title: t.campaigns.lockTitle, text: t.campaigns.lockText, color: toneText.orange },
    unlock: { button: t.campaigns.unlock, title: t.campaigns.unlockTitle, text: t.campaigns.unlockText },
    close: { button: t.campaigns.close, title: t.campaigns.closeTitle, text: t.campaigns.closeText, color: toneText.red },
  };
  const available: CampaignAction[] =
    campaign.status === 'draft' ? ['open'] : campaign.status === 'open' ? [campaign.locked ? 'unlock' : 'lock', 'close'] : [];
  const asked = asking ? words[asking] : undefined;

  return (
    <Group gap="xs">
      {campaign.status === 'draft' && (
        <Button variant="default" onClick={() => navigate(`/campaigns/${campaign.campaignId}/edit`)}>
          {t.common.edit}
        </Button>
      )}
      {available.map((action) => (
        <Button
          key={action}
          variant={action === 'open' ? 'filled' : 'outline'}
          color={words[action].color}
          onClick={() => {
            act.reset();
            setAsking(action);
          }}
        >
          {words[action].button}
        </Button>
      ))}
      <ConfirmDialog
        opened={Boolean(asking)}
        title={asked?.title ?? ''}
        text={asked?.text}
        confirmColor={asked?.color}
        loading={act.isPending}
        onClose={() => setAsking(undefined)}
        onConfirm={() =>
          asking &&
          act.run(
            { campaignId: campaign.campaignId, action: asking, expectedVersion: campaign.version },
            {
              onSuccess: async () => {
                setAsking(undefined);
                await refresh();
              },
            },
          )
        }
      >
        <MutationError error={act.error} onReload={() => void refresh().then(() => setAsking(undefined))} />
      </ConfirmDialog>
    </Group>
  );
}
