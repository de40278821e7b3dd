#!/usr/bin/perl
# Perl Sisimai's rate on a directory of messages: Sisimai->make per file,
# one process, as the project's speed comparison runs it
# (scripts/bench-bounces.sh). Prints the messages, recipients and seconds.
use strict;
use warnings;
use Sisimai;
use Time::HiRes qw(time);
my $dir = shift or die "usage: sisimai-rate.pl DIR\n";
opendir(my $dh, $dir) or die "$dir: $!\n";
my @files = sort grep { -f "$dir/$_" } readdir($dh);
my ($messages, $recipients) = (0, 0);
my $start = time;
for my $file (@files) {
    my $found = Sisimai->make("$dir/$file", delivered => 1) // [];
    $messages++;
    $recipients += scalar @$found;
}
my $seconds = time - $start;
printf "%d messages, %d recipients, %.3f s, %.0f messages/s\n", $messages, $recipients, $seconds, $messages / $seconds;
